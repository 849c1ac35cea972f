package com.xingping.facts;

public enum FactState {
    /** the fact stands and is scored. */
    ACTIVE,
    /** withdrawn as wrongly entered: kept, shown, never scored. */
    WITHDRAWN
}
