package com.xingping.identity;

/** Whether a token still lets its account in. */
public enum TokenState {
    ACTIVE("有效"),
    EXPIRED("已过期"),
    REVOKED("已撤销");

    private final String label;

    TokenState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
