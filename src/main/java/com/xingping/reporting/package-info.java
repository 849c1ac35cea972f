/**
 * Units report their activities as records with evidence through the year; reviewers approve,
 * return or reject them; an approved record may later be found false. Every transition is checked
 * by the record itself and audited.
 */
package com.xingping.reporting;
