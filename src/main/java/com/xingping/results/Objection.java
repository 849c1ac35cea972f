package com.xingping.results;

import java.time.Instant;

/**
 * A unit's objection (申诉) to a subject of its posted line, with its reason and evidence (text, and the
 * name of a file if one was sent), and the committee's decision on it: upheld (维持) or adjusted (调整,
 * {@code changeMade} says what the fact change moved in the draft).
 */
record Objection(Long id, Long noticeId, Long unitId, String subject, String reason, String evidence,
                 String fileName, String filedBy, Instant filedAt, State state, String decisionReason,
                 String changeMade, String decidedBy, Instant decidedAt) {

    enum State {
        OPEN("待复核"), UPHELD("维持"), ADJUSTED("调整");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    boolean open() {
        return state == State.OPEN;
    }
}
