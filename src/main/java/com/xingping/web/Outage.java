package com.xingping.web;

import com.xingping.kernel.Unavailable;

/** What a user is told when storage refused a change: that it was not saved, and what to do. */
public final class Outage {
    public static final String DATABASE = "数据库暂时无法读写，本次操作未保存。请稍后重试；如持续出现，请联系管理员检查数据库与磁盘空间。";

    private Outage() {
    }

    public static final String BUSY = "数据库繁忙，本次查询或操作超时，未保存任何内容。请稍后重试；如持续出现，请缩小查询范围（例如按单位筛选）或联系管理员。";

    static String message(Exception e) {
        if (e instanceof Unavailable) {
            return e.getMessage();
        }
        return e instanceof org.springframework.dao.QueryTimeoutException ? BUSY : DATABASE;
    }
}
