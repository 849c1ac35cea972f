package com.xingping.results;

import java.math.BigDecimal;

import com.xingping.kernel.Refusal;
import com.xingping.results.Standings.Standing;
import com.xingping.rubric.Rubric;

/**
 * What an objection is against: one element of the rubric, a star, 业绩优 or the unit's rank. Stored as
 * its code: {@code element:<element id>}, {@code star:<star id>}, {@code performance} or {@code rank}.
 */
record NoticeSubject(String code) {
    static final String PERFORMANCE = "performance";
    static final String RANK = "rank";

    /** The subject a form or a request names, checked against the rubric the posting was scored with. */
    static NoticeSubject parse(String text, Rubric rubric) {
        String code = text == null ? "" : text.strip();
        if (code.isEmpty()) {
            throw new Refusal("subject", "请选择申诉事项");
        }
        if (code.equals(PERFORMANCE) || code.equals(RANK)
                || code.startsWith("element:") && rubric.element(code.substring(8)).isPresent()
                || code.startsWith("star:") && rubric.star(code.substring(5)).isPresent()) {
            return new NoticeSubject(code);
        }
        throw new Refusal("subject", "申诉事项“" + code + "”不是本版细则中的指标、星级、业绩优或排名");
    }

    /** How pages name it: "norms-3a 三会一课", "学习星", "业绩优", "排名". */
    String label(Rubric rubric) {
        if (code.startsWith("element:")) {
            String id = code.substring(8);
            return id + " " + rubric.element(id).map(e -> e.name()).orElse("");
        }
        if (code.startsWith("star:")) {
            return rubric.star(code.substring(5)).map(s -> s.name()).orElse(code);
        }
        return code.equals(PERFORMANCE) ? "业绩优" : "排名";
    }

    /** The subject's value in a unit's line, as the objection's record of a change shows it. */
    String value(Standing line) {
        if (code.startsWith("element:")) {
            return plain(line.element(code.substring(8))) + " 分";
        }
        if (code.startsWith("star:")) {
            Standings.StarScore star = line.star(code.substring(5));
            return plain(star.score()) + " 分" + (star.awarded() ? "，获星" : "，未获星");
        }
        if (code.equals(PERFORMANCE)) {
            return line.vetoed() ? "一票否决" : line.performanceExcellent() ? "业绩优" : "非业绩优";
        }
        return "第 " + line.rank() + " 名";
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
