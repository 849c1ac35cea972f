/**
 * What people hear: the in-app inbox (a badge in the navbar for every role) and the same messages by
 * e-mail where an account has an address; review decisions heard after their commit; daily and weekly
 * reminders claimed once per period across instances; the home page's counts, next steps and deadlines.
 */
package com.xingping.notify;
