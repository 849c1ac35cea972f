/** Accounts, roles and sign-in: committee admins, reviewers, unit reporters (bound to a unit) and read-only leaders. */
package com.xingping.identity;
