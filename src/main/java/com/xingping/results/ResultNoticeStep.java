package com.xingping.results;

import java.util.List;

import com.xingping.identity.Role;

/**
 * A step of a result's notice (posted, objected, decided, signed off), published in the step's transaction
 * and heard after it commits (by notify): the message and who gets it, each with the link they follow.
 */
public record ResultNoticeStep(String kind, String text, List<Addressee> to) {

    public ResultNoticeStep {
        to = List.copyOf(to);
    }

    /** The enabled reporters of {@code unitId}, or, when it is null, every enabled account of {@code role}. */
    public record Addressee(Long unitId, Role role, String link) {
        static Addressee unit(Long unitId, String link) {
            return new Addressee(unitId, null, link);
        }

        static Addressee role(Role role, String link) {
            return new Addressee(null, role, link);
        }
    }
}
