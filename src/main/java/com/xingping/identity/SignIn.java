package com.xingping.identity;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One attempt to sign in with a password: the name typed, the account it named (if any), when, from where, how it ended. */
@Table("sign_in")
record SignIn(@Id Long id, String username, Long accountId, Instant at, String address, boolean succeeded) {
}
