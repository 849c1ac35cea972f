package com.xingping.reporting;

import java.util.Locale;

import org.springframework.data.domain.Sort;

import com.xingping.kernel.Refusal;

/** How the review queue is sorted; every order ends on the record's id, so pages never overlap. */
public enum ReviewOrder {
    /** The longest waiting first (submitted earliest): the default. */
    WAITING(Sort.by(Sort.Order.asc("submittedAt"), Sort.Order.asc("id"))),
    /** The latest submitted first. */
    RECENT(Sort.by(Sort.Order.desc("submittedAt").nullsLast(), Sort.Order.desc("id"))),
    /** The latest activity first. */
    ACTIVITY(Sort.by(Sort.Order.desc("activityDate"), Sort.Order.desc("id")));

    private final Sort sort;

    ReviewOrder(Sort sort) {
        this.sort = sort;
    }

    Sort sort() {
        return sort;
    }

    static ReviewOrder of(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return WAITING;
        }
        try {
            return valueOf(parameter.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Refusal("sort", "没有排序方式 " + parameter.strip() + "（可选：WAITING 等待最久、RECENT 最新提交、ACTIVITY 活动日期）");
        }
    }
}
