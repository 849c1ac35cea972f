package com.xingping.year;

public enum YearStatus {
    OPEN, CLOSED
}
