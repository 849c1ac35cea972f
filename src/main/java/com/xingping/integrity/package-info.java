/**
 * Evidence integrity signals for the committee: the same file in two records, near-identical photos, a
 * photo's capture date far from its activity, one participants list reused across a unit's records. Each
 * is a flag with its reason for a reviewer to look at, never a verdict.
 */
package com.xingping.integrity;
