package com.xingping.scorecard;

import java.math.BigDecimal;
import java.util.List;

/** Every active unit's running total and stars for a year, best first, for the committee and leaders. */
public record Overview(Long yearId, int year, String rubricId, boolean yearOpen, List<StarHead> stars, List<Row> units) {

    public Overview {
        stars = List.copyOf(stars);
        units = List.copyOf(units);
    }

    public record StarHead(String id, String name, BigDecimal max) {
    }

    public record StarCell(String id, BigDecimal score, boolean awarded) {
    }

    public record Row(int rank, Long unitId, String code, String name, List<StarCell> stars, BigDecimal partyScore,
                      BigDecimal bonus, BigDecimal total, int starCount, long awaitingReview) {
        public Row {
            stars = List.copyOf(stars);
        }
    }
}
