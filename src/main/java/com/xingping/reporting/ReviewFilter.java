package com.xingping.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

import com.xingping.kernel.Refusal;

/**
 * Which records the review queue shows and in which order: a year (the open one if null),
 * optionally one unit, star or element, a state ({@code null}: every state a unit has handed
 * in), and words the title contains ({@code q}, any case). Drafts are the unit's own until
 * submitted, so the committee never lists them.
 */
public record ReviewFilter(Long yearId, Long unitId, String star, String elementId, RecordState state, ReviewOrder order,
                           String q) {
    static final int Q_LIMIT = 100;

    /** From request parameters: no state means the submitted records, {@code ALL} means every state. */
    public static ReviewFilter of(Long yearId, Long unitId, String star, String elementId, String state) {
        return of(yearId, unitId, star, elementId, state, null);
    }

    public static ReviewFilter of(Long yearId, Long unitId, String star, String elementId, String state, String sort) {
        return of(yearId, unitId, star, elementId, state, sort, null);
    }

    public static ReviewFilter of(Long yearId, Long unitId, String star, String elementId, String state, String sort,
                                  String q) {
        return new ReviewFilter(yearId, unitId, blankToNull(star), blankToNull(elementId), state(state), ReviewOrder.of(sort),
                q(q));
    }

    private static String q(String q) {
        String text = blankToNull(q);
        if (text != null && text.length() > Q_LIMIT) {
            throw new Refusal("q", "标题搜索最多 " + Q_LIMIT + " 个字（收到 " + text.length() + " 个）");
        }
        return text;
    }

    private static RecordState state(String state) {
        if (state == null || state.isBlank()) {
            return RecordState.SUBMITTED;
        }
        if (state.strip().equalsIgnoreCase("ALL")) {
            return null;
        }
        RecordState chosen;
        try {
            chosen = RecordState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            chosen = RecordState.DRAFT;
        }
        if (chosen == RecordState.DRAFT) {
            throw new Refusal("state", "审核列表没有状态 " + state.strip() + "（可选：SUBMITTED、APPROVED、RETURNED、REJECTED、ALL；"
                    + "草稿在单位提交前不给工委看）");
        }
        return chosen;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The same records still awaiting a decision: where the desk goes after one. */
    public ReviewFilter pending() {
        return new ReviewFilter(yearId, unitId, star, elementId, RecordState.SUBMITTED, order, q);
    }

    /** The filter as an encoded query string ({@code unitId=7&state=SUBMITTED}), for links and redirects that keep it. */
    public String query() {
        return UriComponentsBuilder.newInstance().queryParamIfPresent("unitId", Optional.ofNullable(unitId))
                .queryParamIfPresent("star", Optional.ofNullable(star))
                .queryParamIfPresent("elementId", Optional.ofNullable(elementId))
                .queryParam("state", stateParameter())
                .queryParamIfPresent("sort", Optional.ofNullable(sortParameter()))
                // as a variable, so that strict encoding covers what a title may hold ("&", "+", "=")
                .queryParamIfPresent("q", Optional.ofNullable(q).map(text -> "{q}"))
                .encode().buildAndExpand(q == null ? Map.of() : Map.of("q", q)).getQuery();
    }

    /** The order as a request parameter, null for the default. */
    public String sortParameter() {
        return order == ReviewOrder.WAITING ? null : order.name();
    }

    /** The states the queue can be filtered by: every one but the draft. */
    public static List<RecordState> states() {
        return Arrays.stream(RecordState.values()).filter(s -> s != RecordState.DRAFT).toList();
    }

    /** The state as a request parameter, for links that keep the filter. */
    public String stateParameter() {
        return state == null ? "ALL" : state.name();
    }
}
