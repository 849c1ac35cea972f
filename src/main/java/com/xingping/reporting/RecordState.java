package com.xingping.reporting;

/** draft → submitted → approved | returned (edit, resubmit) | rejected. */
public enum RecordState {
    DRAFT("草稿"),
    SUBMITTED("待审核"),
    APPROVED("已通过"),
    RETURNED("已退回"),
    REJECTED("不予认定");

    private final String label;

    RecordState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A reporter may still change the record. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
