package com.xingping.web;

import com.xingping.kernel.Unavailable;

/** What a user is told when storage refused a change: that it was not saved, and what to do. */
public final class Outage {
    public static final String DATABASE = "数据库暂时无法读写，本次操作未保存。请稍后重试；如持续出现，请联系管理员检查数据库与磁盘空间。";

    private Outage() {
    }

    static String message(Exception e) {
        return e instanceof Unavailable ? e.getMessage() : DATABASE;
    }
}
