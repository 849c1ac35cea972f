package com.xingping.year;

import java.util.List;

/**
 * What a module still has open in a year, listed before the year closes (reporting: records waiting
 * for review and drafts; roster: units without a roster). Work that can be {@link OpenWork#settleable()
 * settled} is returned or rejected with one reason in the closing transaction.
 */
public interface YearWork {

    List<OpenWork> open(AssessmentYear year);

    /** Settles this module's settleable work of the year in the caller's transaction; the number of items settled. */
    default long settle(AssessmentYear year, Settlement settlement) {
        return 0;
    }

    /** One kind of open work: its count and the first few items as lines (e.g. "市教育局 · 主题党日"). */
    record OpenWork(String kind, String title, long count, boolean settleable, List<String> lines) {
        public OpenWork {
            lines = List.copyOf(lines);
        }
    }

    /** What the committee decides for every record still waiting when the year closes, with one reason. */
    record Settlement(Decision decision, String reason) {
        public enum Decision {
            RETURN, REJECT
        }
    }
}
