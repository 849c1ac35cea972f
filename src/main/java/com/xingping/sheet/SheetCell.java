package com.xingping.sheet;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One cell as a worker wrote it: its text (stripped; a number as Excel shows it) and, for columns
 * that hold numbers, the number or why it is none ("不能为空", "须为数字，不是“二十”").
 */
public record SheetCell(String text, Reading number) {
    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    static final SheetCell BLANK = new SheetCell("", Reading.refused("不能为空"));
    /** An error value (#DIV/0!, #N/A …): no text, no number. */
    static final SheetCell ERROR = new SheetCell("", Reading.refused("须为数字"));

    public boolean blank() {
        return text.isEmpty();
    }

    static SheetCell text(String value) {
        String text = value.strip();
        return new SheetCell(text, text.isEmpty() ? Reading.refused("不能为空") : parsed(text));
    }

    /** A number cell; one formatted as a date is no number (a score typed as 2018-01-15 is a mistake). */
    static SheetCell number(double value, boolean dateFormatted) {
        BigDecimal number = excelNumber(value);
        return new SheetCell(number.toPlainString(), dateFormatted ? Reading.refused("须为数字") : Reading.of(number));
    }

    static SheetCell bool(boolean value) {
        return new SheetCell(String.valueOf(value), Reading.refused("须为数字"));
    }

    /** Text that reads as a number counts as one; names are refused without the cost of an exception each. */
    private static Reading parsed(String text) {
        if (text.chars().allMatch(c -> Character.isDigit(c) || "+-.eE".indexOf(c) >= 0)) {
            try {
                return Reading.of(new BigDecimal(text));
            } catch (NumberFormatException e) {
                // "1-2", "e": refused below like any other text
            }
        }
        return Reading.refused("须为数字，不是“" + text + "”");
    }

    /** A number as Excel shows it (15 significant digits), so 0.1 + 0.2 reads 0.3. */
    private static BigDecimal excelNumber(double value) {
        BigDecimal number = new BigDecimal(value).round(EXCEL_DIGITS).stripTrailingZeros();
        return number.scale() < 0 ? number.setScale(0) : number;
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
