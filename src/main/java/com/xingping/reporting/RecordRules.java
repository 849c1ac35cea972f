package com.xingping.reporting;

import java.math.BigDecimal;
import java.util.stream.Collectors;

import com.xingping.kernel.Refusal;
import com.xingping.rubric.Element;
import com.xingping.rubric.Rubric;
import com.xingping.year.AssessmentYear;

/**
 * What a record must say to be kept: an element units report, a title, a date inside the year's
 * window, a valid level for a TIER element, a rate in [0,1] for a THRESHOLD one, which part for an
 * element whose parts a record names (norms-1a), and nothing
 * longer than its column. Each refusal names the field and, in Chinese, what was wrong.
 */
final class RecordRules {
    private RecordRules() {
    }

    /** The element a unit may report against, or a refusal saying why not. */
    static Element reportable(Rubric rubric, String elementId) {
        if (elementId == null || elementId.isBlank()) {
            throw new Refusal("elementId", "请选择考评项目");
        }
        Element element = rubric.element(elementId.strip())
                .orElseThrow(() -> new Refusal("elementId", "细则中没有考评项目 “" + elementId.strip() + "”"));
        if (!element.kind().reportedByUnits()) {
            throw new Refusal("elementId", "考评项目 " + element.id() + "（" + element.name() + "）" + notReported(element)
                    + "，不由单位填报");
        }
        return element;
    }

    private static String notReported(Element element) {
        return switch (element.kind()) {
            case ASSESS -> "由工委评分";
            case FULL_MINUS -> "按扣分事项计分";
            case RATIO -> "按党员名册的学时计算";
            default -> "不按记录计分";
        };
    }

    /** The content to keep: checked, trimmed, and with the fields of other kinds left empty. */
    static ActivityRecord.Content content(AssessmentYear year, Element element, RecordForm form) {
        String title = text("title", "标题", form.title(), 200);
        if (title == null) {
            throw new Refusal("title", "请填写标题");
        }
        if (form.activityDate() == null) {
            throw new Refusal("activityDate", "请填写活动日期");
        }
        if (!year.inWindow(form.activityDate())) {
            throw new Refusal("activityDate", "活动日期 " + form.activityDate() + " 不在 " + year.year() + " 年度考核期（"
                    + year.windowStart() + " 至 " + year.windowEnd() + "）内");
        }
        return new ActivityRecord.Content(title, form.activityDate(), text("place", "地点", form.place(), 200),
                text("participants", "参加人员", form.participants(), 500),
                text("description", "内容简述", form.description(), 4000), tierLevel(element, form.tierLevel()),
                rate(element, form.rate()), part(element, form.part()));
    }

    private static String tierLevel(Element element, String level) {
        if (element.kind() != com.xingping.rubric.ElementKind.TIER) {
            return null;
        }
        String levels = element.levels().stream()
                .map(l -> l.name() + "（" + l.points().stripTrailingZeros().toPlainString() + " 分）")
                .collect(Collectors.joining("、"));
        if (level == null || level.isBlank()) {
            throw new Refusal("tierLevel", "请选择“" + element.name() + "”达到的等级：" + levels);
        }
        return element.level(level.strip()).map(l -> l.id()).orElseThrow(() -> new Refusal("tierLevel",
                "“" + element.name() + "”没有等级 “" + level.strip() + "”，可选：" + levels));
    }

    /** Which report a norms-1a record is: asked of an element whose parts a record names, else none. */
    static String part(Element element, String part) {
        if (!NamedParts.asked(element)) {
            return null;
        }
        String parts = NamedParts.of(element).stream().map(p -> p.name() + "（" + p.id() + "）").collect(Collectors.joining("、"));
        if (part == null || part.isBlank()) {
            throw new Refusal("part", "请选择“" + element.name() + "”是哪一类：" + parts);
        }
        return NamedParts.find(element, part).map(p -> p.id()).orElseThrow(() -> new Refusal("part",
                "“" + element.name() + "”没有类别 “" + part.strip() + "”，可选：" + parts));
    }

    private static BigDecimal rate(Element element, BigDecimal rate) {
        if (element.kind() != com.xingping.rubric.ElementKind.THRESHOLD) {
            return null;
        }
        if (rate == null) {
            throw new Refusal("rate", "请填写“" + element.name() + "”的比率（0 至 1 之间的小数，例如 0.65 表示 65%）");
        }
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new Refusal("rate", "比率须在 0 至 1 之间（例如 0.65 表示 65%），收到 " + rate.toPlainString());
        }
        BigDecimal exact = rate.stripTrailingZeros();
        if (exact.scale() > 4) {
            throw new Refusal("rate", "比率最多保留 4 位小数，收到 " + rate.toPlainString());
        }
        return exact.scale() < 0 ? exact.setScale(0) : exact;
    }

    private static String text(String field, String label, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new Refusal(field, label + "不超过 " + max + " 字（现为 " + text.length() + " 字）");
        }
        return text;
    }

    /** A review reason, kept within its column. */
    static String reason(String reason) {
        return text("reason", "理由", reason, 1000);
    }
}
