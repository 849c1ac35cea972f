package com.xingping.reporting;

import org.springframework.stereotype.Component;

/** Puts together one record for the reviewer: the record, its element's standing for the unit, the unit's other records of it. */
@Component
class ReviewRecords {
    static final int OTHERS_LISTED = 5;
    private final ReviewDesk desk;
    private final RecordViews views;
    private final ElementStandings standings;

    ReviewRecords(ReviewDesk desk, RecordViews views, ElementStandings standings) {
        this.desk = desk;
        this.views = views;
        this.standings = standings;
    }

    /** Only for the committee: the desk refuses anyone else and does not show drafts. */
    ReviewRecord of(Long id) {
        ActivityRecord record = desk.record(id);
        return new ReviewRecord(views.of(record), standings.of(record).orElse(null), desk.others(record, OTHERS_LISTED));
    }
}
