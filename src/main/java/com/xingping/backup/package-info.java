/**
 * Backup, restore and the check of an installation: {@code backup DIR} writes a consistent snapshot of
 * every table and every evidence file with a manifest of SHA-256 sums while the platform runs;
 * {@code backup verify DIR} checks a backup against its manifest; {@code restore DIR} fills an empty
 * installation from one; {@code verify} checks the live installation (every evidence row has its file
 * with its hash, no file without a row). The same on H2 and on PostgreSQL.
 */
package com.xingping.backup;
