package com.xingping.identity;

/** A new account as an admin enters it; {@code password} is the initial one, to be changed at first sign-in. */
public record AccountForm(String username, String displayName, Role role, Long unitId, String password) {
}
