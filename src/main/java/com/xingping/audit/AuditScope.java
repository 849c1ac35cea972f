package com.xingping.audit;

/**
 * Whose entries a reader of the audit may see (三员分立): the audit administrator reads everyone's
 * but the audit administrators' own, which the security administrator reads; so nobody reads their
 * own trail alone. Entries without an account (the platform's own) belong to the first.
 */
enum AuditScope {
    EXCEPT_AUDITORS("(actor is null or actor not in (select username from app_user where role = 'AUDITOR'))"),
    AUDITORS_ONLY("actor in (select username from app_user where role = 'AUDITOR')");

    private final String condition;

    AuditScope(String condition) {
        this.condition = condition;
    }

    String condition() {
        return condition;
    }
}
