package com.xingping.identity;

/** What an account may do. */
public enum Role {
    /** committee administrator and the 三员's system administrator: units, years, accounts, committee facts. */
    ADMIN("委员会管理员"),
    /** committee reviewer: approves, returns, rejects and marks records falsified. */
    REVIEWER("审核员"),
    /** a unit's party-affairs worker: reports the unit's records and roster. */
    REPORTER("单位填报员"),
    /** a leader: reads every unit's standing, writes nothing. */
    LEADER("领导"),
    /** the audit administrator (等保 三员之一): reads and exports the audit log, nothing else. */
    AUDITOR("审计管理员"),
    /** the security administrator (等保 三员之一): lockouts, second factors, sessions, tokens; confirms administrators. */
    SECURITY("安全管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads every unit's standing and the year's results (committee and leaders). */
    public boolean readsAllUnits() {
        return this == ADMIN || this == REVIEWER || this == LEADER;
    }

    /**
     * An administrator of the 三员 other than the system administrator: made or changed only with a
     * security administrator's confirmation.
     */
    public boolean isGuardian() {
        return this == AUDITOR || this == SECURITY;
    }

    public boolean isCommittee() {
        return this == ADMIN || this == REVIEWER;
    }
}
