package com.xingping.identity;

/** What the committee admin may change of an account: the person's name, the role and (for a reporter) the unit. */
public record AccountChange(String displayName, Role role, Long unitId) {
}
