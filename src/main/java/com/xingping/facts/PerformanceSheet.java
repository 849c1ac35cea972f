package com.xingping.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.xingping.sheet.RowProblem;
import com.xingping.sheet.SheetCell;
import com.xingping.sheet.SheetReader;
import com.xingping.sheet.SheetRow;
import com.xingping.sheet.SheetTemplate;
import com.xingping.sheet.Watermark;
import com.xingping.unit.Unit;

/**
 * The 业绩优 results that arrive as spreadsheets, one unit a row by its code (the name beside it
 * is for the reader and not checked):
 * <ul>
 * <li>行风评议: 单位编码 / 单位名称 / 得分, or 未参评 = 是 with the committee's 工委判定 (是 or 否);</li>
 * <li>目标责任制考核: 单位编码 / 单位名称 / 是否优胜 (是 or 否);</li>
 * <li>官方行风评议末三位: 单位编码 / 单位名称 / 列入末三位 (是 or 否), the official mean given with the file.</li>
 * </ul>
 * A row with a code and nothing else is left out (the templates list every active unit).
 */
final class PerformanceSheet {
    static final String CODE = "单位编码";
    static final String NAME = "单位名称";
    static final String SCORE = "得分";
    static final String UNRATED = "未参评";
    static final String JUDGEMENT = "工委判定";
    static final String WINNER = "是否优胜";
    static final String BOTTOM = "列入末三位";
    static final int MAX_ROWS = 1000;
    private static final SheetReader.Layout CONDUCT = SheetReader.Layout.of(MAX_ROWS,
            "一次最多导入 " + MAX_ROWS + " 个单位", CODE, SCORE).withOptional(NAME, UNRATED, JUDGEMENT);
    private static final SheetReader.Layout TARGET = SheetReader.Layout.of(MAX_ROWS,
            "一次最多导入 " + MAX_ROWS + " 个单位", CODE, WINNER).withOptional(NAME);

    private static final SheetReader.Layout OFFICIAL = SheetReader.Layout.of(MAX_ROWS,
            "一次最多导入 " + MAX_ROWS + " 个单位", CODE, BOTTOM).withOptional(NAME);

    /** One good row: the unit's code and the form it makes (the date, reference and reason are the import's). */
    record Line(int row, String code, BigDecimal score, Boolean passed) {
    }

    record Read(List<Line> lines, List<RowProblem> problems) {
    }

    private PerformanceSheet() {
    }

    /** 行风评议 rows; {@code unitProblem} judges a code (null when the unit may take the fact). */
    static Read conduct(byte[] content, UnaryOperator<String> unitProblem) {
        Reader reader = new Reader(unitProblem);
        for (SheetRow row : SheetReader.rows(content, CONDUCT)) {
            if (row.blank(SCORE, UNRATED, JUDGEMENT)) {
                continue;
            }
            int before = reader.problems.size();
            String code = reader.code(row);
            Boolean unrated = reader.yesNo(row, UNRATED);
            Boolean judgement = reader.yesNo(row, JUDGEMENT);
            BigDecimal score = null;
            if (Boolean.TRUE.equals(unrated)) {
                reader.noteIf(!row.blank(SCORE), row, SCORE, "未参评的单位不应填写得分");
                reader.noteIf(judgement == null && row.blank(JUDGEMENT), row, JUDGEMENT, "未参评的单位须填写“是”或“否”");
            } else {
                score = reader.score(row);
                reader.noteIf(!row.blank(JUDGEMENT), row, JUDGEMENT, "只用于未参评的单位；参评的单位按得分计");
            }
            if (reader.problems.size() == before) {
                reader.lines.add(new Line(row.number(), code, score, score == null ? judgement : null));
            }
        }
        return reader.read();
    }

    /** 目标责任制考核 rows. */
    static Read target(byte[] content, UnaryOperator<String> unitProblem) {
        Reader reader = new Reader(unitProblem);
        for (SheetRow row : SheetReader.rows(content, TARGET)) {
            if (row.blank(WINNER)) {
                continue;
            }
            int before = reader.problems.size();
            String code = reader.code(row);
            Boolean winner = reader.yesNo(row, WINNER);
            if (reader.problems.size() == before) {
                reader.lines.add(new Line(row.number(), code, null, winner));
            }
        }
        return reader.read();
    }

    /** The official standings' rows: the units marked 是 in 列入末三位 (否 or empty: not listed). */
    static Read official(byte[] content, UnaryOperator<String> unitProblem) {
        Reader reader = new Reader(unitProblem);
        for (SheetRow row : SheetReader.rows(content, OFFICIAL)) {
            if (row.blank(BOTTOM)) {
                continue;
            }
            int before = reader.problems.size();
            String code = reader.code(row);
            Boolean bottom = reader.yesNo(row, BOTTOM);
            if (reader.problems.size() == before && Boolean.TRUE.equals(bottom)) {
                reader.lines.add(new Line(row.number(), code, null, true));
            }
        }
        return reader.read();
    }

    static byte[] officialTemplate(List<Unit> rated, Watermark mark) {
        SheetTemplate sheet = SheetTemplate.of("官方行风评议末三位", CODE, NAME, BOTTOM).widths(14, 30, 12)
                .choices(2, MAX_ROWS, "是", "否").watermark(mark);
        rated.forEach(u -> sheet.row(u.code(), u.name()));
        return sheet.bytes();
    }

    static byte[] conductTemplate(List<Unit> units, Watermark mark) {
        SheetTemplate sheet = SheetTemplate.of("行风评议", CODE, NAME, SCORE, UNRATED, JUDGEMENT).widths(14, 30, 10, 10, 10)
                .choices(3, MAX_ROWS, "是", "否").choices(4, MAX_ROWS, "是", "否").watermark(mark);
        units.forEach(u -> sheet.row(u.code(), u.name()));
        return sheet.bytes();
    }

    static byte[] targetTemplate(List<Unit> units, Watermark mark) {
        SheetTemplate sheet = SheetTemplate.of("目标责任制考核", CODE, NAME, WINNER).widths(14, 30, 10)
                .choices(2, MAX_ROWS, "是", "否").watermark(mark);
        units.stream().filter(Unit::inTargetAssessment).forEach(u -> sheet.row(u.code(), u.name()));
        return sheet.bytes();
    }

    /** The rows read so far and their problems; each code is judged and checked for repeats. */
    private static final class Reader {
        private final UnaryOperator<String> unitProblem;
        private final List<Line> lines = new ArrayList<>();
        private final List<RowProblem> problems = new ArrayList<>();
        private final Map<String, Integer> seen = new HashMap<>();

        Reader(UnaryOperator<String> unitProblem) {
            this.unitProblem = unitProblem;
        }

        String code(SheetRow row) {
            String code = row.text(CODE);
            Integer earlier = code.isEmpty() ? null : seen.putIfAbsent(code, row.number());
            note(row, CODE, code.isEmpty() ? "不能为空" : earlier != null ? code + " 与第 " + earlier + " 行重复"
                    : unitProblem.apply(code));
            return code;
        }

        Boolean yesNo(SheetRow row, String column) {
            String text = row.text(column);
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "" -> null;
                case "是", "true" -> true;
                case "否", "false" -> false;
                default -> {
                    note(row, column, "须为“是”或“否”，不是“" + text + "”");
                    yield null;
                }
            };
        }

        BigDecimal score(SheetRow row) {
            SheetCell.Reading reading = row.cell(SCORE).number();
            if (reading.problem() != null) {
                note(row, SCORE, row.blank(SCORE) ? "不能为空（未参评的单位请在“未参评”一栏填“是”）" : reading.problem());
                return null;
            }
            BigDecimal score = reading.value();
            if (score.signum() < 0 || score.compareTo(FactRules.CONDUCT_MAX) > 0) {
                note(row, SCORE, "须在 0 至 100 分之间，不是 " + score.toPlainString());
            } else if (score.stripTrailingZeros().scale() > 2) {
                note(row, SCORE, "最多两位小数");
            }
            return score;
        }

        void noteIf(boolean wrong, SheetRow row, String column, String reason) {
            if (wrong) {
                note(row, column, reason);
            }
        }

        void note(SheetRow row, String column, String reason) {
            if (reason != null) {
                problems.add(row.problem(column, reason));
            }
        }

        Read read() {
            return new Read(lines, problems);
        }
    }
}
