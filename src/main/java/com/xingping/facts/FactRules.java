package com.xingping.facts;

import static com.xingping.scoring.Decimals.plain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.xingping.kernel.Refusal;
import com.xingping.rubric.Element;
import com.xingping.rubric.ElementKind;
import com.xingping.rubric.LevelBonus;
import com.xingping.rubric.Rubric;
import com.xingping.year.AssessmentYear;

/**
 * What each kind of committee fact must satisfy under the year's rubric. Every check refuses with
 * the field and a reason in the committee's words; a valid form becomes the fact's content. Events
 * that deduct (penalties, baseline violations, serious deductions) must lie in the year's window;
 * awards outside it are kept (the engine leaves them out, the pages say so); no fact is dated after today.
 */
final class FactRules {
    static final String TARGET = "target";
    static final List<String> ASPECTS = List.of(TARGET, "leadership", "conduct", "improved");
    static final List<String> PERIODS = List.of("q1", "q2", "q3", "q4", "year");
    static final String YEAR_PERIOD = "year";
    static final String CONDUCT = "conduct";
    static final List<String> AWARD_FORMS = List.of("commendation", "exchange");
    static final BigDecimal CONDUCT_MAX = new BigDecimal("100");
    static final BigDecimal SERIOUS_MAX = new BigDecimal("100");
    static final int TIMES_MAX = 100;
    static final int REFERENCE_MAX = 200;
    static final int REASON_MAX = 1000;
    static final int PROJECT_MAX = 200;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final Rubric rubric;
    private final AssessmentYear year;
    private final LocalDate today;

    FactRules(Rubric rubric, AssessmentYear year, LocalDate today) {
        this.rubric = rubric;
        this.year = year;
        this.today = today;
    }

    FactContent check(FactKind kind, FactForm form) {
        if (form == null) {
            throw new Refusal("form", "没有收到要录入的内容");
        }
        FactContent content = switch (kind) {
            case ASSESSED -> assessed(form);
            case PENALTY -> penalty(form);
            case BASELINE -> baseline(form);
            case SERIOUS -> serious(form);
            case PERFORMANCE -> performance(form);
            case COMMENDATION -> award(form, rubric.bonus().commendation(), false);
            case INNOVATION -> award(form, rubric.bonus().innovationAward(), true);
            case PILOT -> new FactContent(null, null, null, null, Boolean.TRUE.equals(form.succeeded()), null, null, null, null);
            case INSPECTION -> inspection(form);
        };
        boolean event = kind == FactKind.PENALTY || kind == FactKind.BASELINE || kind == FactKind.SERIOUS;
        return new FactContent(content.subject(), content.item(), content.amount(), content.times(), content.flag(),
                content.project(), date(form.date(), event), reference(form.reference()), reason(kind, form.reason()));
    }

    private FactContent assessed(FactForm form) {
        Element element = element(form.elementId());
        if (element.kind() != ElementKind.ASSESS) {
            throw new Refusal("elementId", element.id() + " " + element.name() + " 不是工委评定的项目");
        }
        BigDecimal score = form.score();
        if (score == null) {
            throw new Refusal("score", "请填写评定分数");
        }
        if (score.signum() < 0 || score.compareTo(element.max()) > 0) {
            throw new Refusal("score", "评定分数须在 0 至 " + plain(element.max()) + " 分之间，不是 " + plain(score));
        }
        if (score.remainder(HALF).signum() != 0) {
            throw new Refusal("score", "评定分数须为 0.5 分的整数倍，不是 " + plain(score));
        }
        return new FactContent(element.id(), null, score, null, null, null, null, null, null);
    }

    private FactContent penalty(FactForm form) {
        Element element = element(form.elementId());
        if (element.penalties().isEmpty()) {
            throw new Refusal("elementId", element.id() + " " + element.name() + " 没有扣分事项");
        }
        String penaltyId = form.penaltyId() == null ? "" : form.penaltyId().strip();
        if (element.penalty(penaltyId).isEmpty()) {
            throw new Refusal("penaltyId", element.id() + " 的扣分事项须为 " + element.penalties().stream()
                    .map(p -> p.id() + "（" + p.name() + "）").collect(Collectors.joining("、"))
                    + (penaltyId.isEmpty() ? "" : "，没有 " + penaltyId));
        }
        int times = form.times() == null ? 1 : form.times();
        if (times < 1 || times > TIMES_MAX) {
            throw new Refusal("times", "次数须为 1 至 " + TIMES_MAX + " 的整数，不是 " + times);
        }
        return new FactContent(element.id(), penaltyId, null, times, null, null, null, null, null);
    }

    private FactContent baseline(FactForm form) {
        String id = form.baselineId() == null ? "" : form.baselineId().strip();
        if (rubric.baseline(id).isEmpty()) {
            throw new Refusal("baselineId", id.isEmpty() ? "请选择违反的底线标准" : "没有底线标准 " + id);
        }
        BigDecimal points = form.points();
        String allowed = rubric.policy().baselinePoints().stream().map(p -> plain(p)).collect(Collectors.joining(" 或 "));
        if (points == null) {
            throw new Refusal("points", "请选择扣分：" + allowed + " 分");
        }
        if (!rubric.policy().allowsBaselinePoints(points)) {
            throw new Refusal("points", "违反底线标准每项扣 " + allowed + " 分，不是 " + plain(points) + " 分");
        }
        return new FactContent(id, null, points, null, null, null, null, null, null);
    }

    private static FactContent serious(FactForm form) {
        BigDecimal points = form.points();
        if (points == null) {
            throw new Refusal("points", "请填写扣分");
        }
        if (points.signum() <= 0 || points.compareTo(SERIOUS_MAX) > 0) {
            throw new Refusal("points", "扣分须大于 0 且不超过 " + plain(SERIOUS_MAX) + " 分，不是 " + plain(points));
        }
        if (points.stripTrailingZeros().scale() > 2) {
            throw new Refusal("points", "扣分最多两位小数");
        }
        return new FactContent(null, null, points, null, null, null, null, null, null);
    }

    private static FactContent performance(FactForm form) {
        String aspect = form.aspect() == null ? "" : form.aspect().strip();
        if (!ASPECTS.contains(aspect)) {
            throw new Refusal("aspect", "业绩优事项须为 " + String.join("、", ASPECTS) + (aspect.isEmpty() ? "" : "，没有 " + aspect));
        }
        if (CONDUCT.equals(aspect) && form.score() != null) {
            BigDecimal score = form.score();
            if (score.signum() < 0 || score.compareTo(CONDUCT_MAX) > 0 || score.stripTrailingZeros().scale() > 2) {
                throw new Refusal("score", "行风评议成绩须在 0 至 100 分之间，最多两位小数，不是 " + plain(score));
            }
            return new FactContent(aspect, null, score, null, null, null, null, null, null);
        }
        if (form.passed() == null) {
            throw new Refusal("passed", CONDUCT.equals(aspect)
                    ? "未参加行风评议的单位，须由工委判定是否达到要求（是或否）；参评的请填写成绩" : "请选择是或否");
        }
        return new FactContent(aspect, null, null, null, form.passed(), null, null, null, null);
    }

    private static FactContent award(FactForm form, LevelBonus rule, boolean innovation) {
        String project = form.project() == null ? "" : form.project().strip();
        if (project.isEmpty() || project.length() > PROJECT_MAX) {
            throw new Refusal("project", "项目名称不能为空，且不超过 " + PROJECT_MAX + " 字");
        }
        String level = form.level() == null ? "" : form.level().strip();
        if (!rule.levels().containsKey(level)) {
            throw new Refusal("level", "等级须为 " + String.join("、", rule.levels().keySet().stream().sorted().toList())
                    + " 之一" + (level.isEmpty() ? "" : "，没有 " + level));
        }
        String shape = form.form() == null || form.form().isBlank() ? "commendation" : form.form().strip();
        if (!AWARD_FORMS.contains(shape) || !innovation && !"commendation".equals(shape)) {
            throw new Refusal("form", innovation ? "形式须为 commendation（发文表彰）或 exchange（会议交流或刊物发表）"
                    : "表彰没有“会议交流或刊物发表”的形式");
        }
        return new FactContent(null, level, null, null, innovation ? "exchange".equals(shape) : null, project, null,
                null, null);
    }

    private FactContent inspection(FactForm form) {
        String period = form.period() == null ? "" : form.period().strip();
        if (!PERIODS.contains(period)) {
            throw new Refusal("period", "评价期须为 q1、q2、q3、q4（季度）或 year（年度综合评价）");
        }
        Map<String, BigDecimal> levels = rubric.bonus().inspectionLevels();
        String level = form.level() == null ? "" : form.level().strip();
        if (!levels.containsKey(level)) {
            throw new Refusal("level", "评价等级须为 " + String.join("、", levels.keySet().stream().sorted().toList()) + " 之一"
                    + (level.isEmpty() ? "" : "，没有 " + level));
        }
        return new FactContent(period, level, null, null, null, null, null, null, null);
    }

    private Element element(String elementId) {
        String id = elementId == null ? "" : elementId.strip();
        if (id.isEmpty()) {
            throw new Refusal("elementId", "请选择考评项目");
        }
        return rubric.element(id).orElseThrow(() -> new Refusal("elementId", "没有考评项目 " + id));
    }

    private LocalDate date(LocalDate date, boolean event) {
        if (date == null) {
            throw new Refusal("date", "请填写日期");
        }
        if (date.isAfter(today)) {
            throw new Refusal("date", "日期 " + date + " 晚于今天，不能预先录入");
        }
        if (event && !year.inWindow(date)) {
            throw new Refusal("date", "日期 " + date + " 不在 " + year.year() + " 年度考核期（" + year.windowStart() + " 至 "
                    + year.windowEnd() + "）内，应计入其他年度");
        }
        return date;
    }

    private static String reference(String reference) {
        String text = reference == null ? "" : reference.strip();
        if (text.isEmpty()) {
            throw new Refusal("reference", "请填写依据的文件（文号）");
        }
        if (text.length() > REFERENCE_MAX) {
            throw new Refusal("reference", "文件依据不能超过 " + REFERENCE_MAX + " 字");
        }
        return text;
    }

    private static String reason(FactKind kind, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new Refusal("reason", switch (kind) {
                case ASSESSED -> "请写明评定理由";
                case BASELINE, SERIOUS, PENALTY -> "请写明发生了什么";
                default -> "请填写事由";
            });
        }
        if (text.length() > REASON_MAX) {
            throw new Refusal("reason", "事由不能超过 " + REASON_MAX + " 字");
        }
        return text;
    }

    /** A withdrawal needs its reason too. */
    static String withdrawalReason(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new Refusal("reason", "请写明撤销的原因");
        }
        if (text.length() > REASON_MAX) {
            throw new Refusal("reason", "原因不能超过 " + REASON_MAX + " 字");
        }
        return text;
    }
}
