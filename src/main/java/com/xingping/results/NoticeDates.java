package com.xingping.results;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.xingping.kernel.Refusal;

/** A day of a notice's period as a form or a request sends it (yyyy-MM-dd); blank is none. */
final class NoticeDates {
    private NoticeDates() {
    }

    static LocalDate parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Refusal(field, "日期“" + text.strip() + "”无效，应为 yyyy-MM-dd");
        }
    }
}
