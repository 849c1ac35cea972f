package com.xingping.kernel;

/**
 * A refusal because of what is already there, not because of what was sent: a code already used, a record
 * already decided. The API answers 409; pages show the reason as for any refusal.
 */
public class Conflict extends Refusal {
    public Conflict(String field, String reason) {
        super(field, reason);
    }
}
