package com.xingping.audit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.xingping.kernel.Refusal;

/**
 * What the audit administrator asks for: days {@code from}–{@code to} (inclusive, in the platform's
 * zone), the account (exact), the action (its start: {@code record.} finds every record action),
 * the object's type and id, the outcome. Blank is "any".
 */
record AuditFilter(LocalDate from, LocalDate to, String account, String action, String objectType, Long objectId, String outcome) {
    AuditFilter {
        account = blankToNull(account);
        action = blankToNull(action);
        objectType = blankToNull(objectType);
        outcome = blankToNull(outcome);
        if (from != null && to != null && to.isBefore(from)) {
            throw new Refusal("to", "结束日期 " + to + " 早于开始日期 " + from);
        }
        if (outcome != null && AuditOutcome.ofCode(outcome) == null) {
            throw new Refusal("outcome", "结果须为 ok、denied 或 failed，不是 " + outcome);
        }
    }

    /** The filter as it was asked, for the pager's links, the audit line of an export and the workbook's header. */
    Map<String, Object> asked() {
        Map<String, Object> asked = new LinkedHashMap<>();
        put(asked, "from", from);
        put(asked, "to", to);
        put(asked, "account", account);
        put(asked, "action", action);
        put(asked, "objectType", objectType);
        put(asked, "objectId", objectId);
        put(asked, "outcome", outcome);
        return asked;
    }

    private static void put(Map<String, Object> asked, String name, Object value) {
        if (value != null) {
            asked.put(name, value.toString());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
