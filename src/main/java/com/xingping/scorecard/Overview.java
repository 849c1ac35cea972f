package com.xingping.scorecard;

import java.math.BigDecimal;
import java.util.List;

import com.xingping.kernel.PageOf;

/**
 * The active units' running totals and stars for a year, best first, a page at a time (for the
 * committee and leaders): {@code units} is the page, with how many units there are in all.
 */
public record Overview(Long yearId, int year, String rubricId, boolean yearOpen, List<StarHead> stars, PageOf<Row> units) {

    public Overview {
        stars = List.copyOf(stars);
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
