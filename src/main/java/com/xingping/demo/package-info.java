/** The {@code demo} profile: a believable city to log into at once, seeded on an empty database. */
package com.xingping.demo;
