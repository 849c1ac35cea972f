package com.xingping.audit;

/** How the audited action ended. Stored as its code. */
public enum AuditOutcome {
    OK("ok", "成功"),
    /** refused: no right to do it, or the account is locked */
    DENIED("denied", "拒绝"),
    /** tried and failed, say a wrong password */
    FAILED("failed", "失败");

    private final String code;
    private final String label;

    AuditOutcome(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The outcome of a stored code; null for a code that is none of these. */
    public static AuditOutcome ofCode(String code) {
        for (AuditOutcome outcome : values()) {
            if (outcome.code.equals(code)) {
                return outcome;
            }
        }
        return null;
    }
}
