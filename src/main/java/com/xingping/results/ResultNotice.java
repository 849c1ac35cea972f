package com.xingping.results;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A published version posted for notice (公示) from {@code startsOn} to {@code endsOn} (both days included),
 * and once a leader signed it off (审定) the final version: the posted one, or a new one frozen then.
 */
record ResultNotice(Long id, Long yearId, Long publicationId, int version, LocalDate startsOn, LocalDate endsOn,
                    String openedBy, Instant openedAt, String signedBy, Instant signedAt, String signNote,
                    Integer finalVersion) {

    enum Stage {
        UPCOMING("公示未开始"), POSTED("公示中"), REVIEW("复核中"), SIGN_OFF("待审定"), FINAL("已审定");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    boolean signed() {
        return signedAt != null;
    }

    boolean inPeriod(LocalDate today) {
        return !today.isBefore(startsOn) && !today.isAfter(endsOn);
    }

    Stage stage(LocalDate today, long openObjections) {
        if (signed()) {
            return Stage.FINAL;
        }
        if (today.isBefore(startsOn)) {
            return Stage.UPCOMING;
        }
        if (!today.isAfter(endsOn)) {
            return Stage.POSTED;
        }
        return openObjections > 0 ? Stage.REVIEW : Stage.SIGN_OFF;
    }
}
