package com.xingping.roster;

public enum MemberRole {
    /** 党组织领导班子成员. */
    LEADERSHIP("班子成员"),
    /** 普通党员. */
    ORDINARY("普通党员");

    private final String label;

    MemberRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
