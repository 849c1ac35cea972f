/**
 * The database as the rest of the platform relies on it: commits on disk before anyone is told they
 * happened, a health check that writes, and pooled connections of a failed embedded database
 * replaced instead of kept.
 */
package com.xingping.database;
