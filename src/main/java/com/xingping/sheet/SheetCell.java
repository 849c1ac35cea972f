package com.xingping.sheet;

import java.math.BigDecimal;

/**
 * One cell as a worker wrote it: its text (stripped; a number as Excel shows it) and, for columns
 * that hold numbers, the number or why it is none ("不能为空", "须为数字，不是“二十”").
 */
public record SheetCell(String text, Reading number) {

    public boolean blank() {
        return text.isEmpty();
    }

    public record Reading(BigDecimal value, String problem) {
        static Reading of(BigDecimal value) {
            return new Reading(value, null);
        }

        static Reading refused(String problem) {
            return new Reading(null, problem);
        }
    }
}
