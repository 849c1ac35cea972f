package com.xingping.facts;

import static com.xingping.scoring.Decimals.plain;

import java.math.BigDecimal;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.xingping.rubric.Baseline;
import com.xingping.rubric.Element;
import com.xingping.rubric.Penalty;
import com.xingping.rubric.Rubric;
import com.xingping.year.AssessmentYear;

/** Words a committee fact as pages and the API show it (texts in messages.properties, facts.*). */
@Component
class FactViews {
    private final MessageSource messages;

    FactViews(MessageSource messages) {
        this.messages = messages;
    }

    FactView of(CommitteeFact f, Rubric rubric, AssessmentYear year) {
        String elementId = f.kind() == FactKind.ASSESSED || f.kind() == FactKind.PENALTY ? f.subject() : null;
        String starId = elementId != null ? rubric.element(elementId).map(Element::starId).orElse(null)
                : f.kind() == FactKind.BASELINE ? rubric.baseline(f.subject()).map(Baseline::starId).orElse(null) : null;
        String note = note(f, year);
        return new FactView(f.id(), f.unitId(), f.yearId(), f.kind().slug(), title(f, rubric), elementId,
                f.kind() == FactKind.PENALTY ? f.item() : null, f.times(),
                f.kind() == FactKind.BASELINE ? f.subject() : null, starId,
                f.kind() == FactKind.ASSESSED || f.kind() == FactKind.PERFORMANCE ? plainOrNull(f.amount()) : null,
                f.kind() == FactKind.BASELINE || f.kind() == FactKind.SERIOUS ? plainOrNull(f.amount()) : null,
                f.kind() == FactKind.PERFORMANCE ? f.subject() : null,
                f.kind() == FactKind.PERFORMANCE ? f.flag() : null, f.project(),
                f.kind() == FactKind.COMMENDATION || f.kind() == FactKind.INNOVATION || f.kind() == FactKind.INSPECTION
                        ? f.item() : null,
                f.kind() == FactKind.INNOVATION ? (Boolean.TRUE.equals(f.flag()) ? "exchange" : "commendation") : null,
                f.kind() == FactKind.PILOT ? f.flag() : null, f.kind() == FactKind.INSPECTION ? f.subject() : null,
                f.factDate(), f.reference(), f.reason(), f.state(), f.active() && note == null, note, f.withdrawalReason(),
                f.enteredBy(), f.enteredAt(), f.changedBy(), f.changedAt(), f.withdrawnBy(), f.withdrawnAt(), f.version());
    }

    private String title(CommitteeFact f, Rubric rubric) {
        return switch (f.kind()) {
            case ASSESSED -> {
                Element e = rubric.element(f.subject()).orElseThrow();
                yield text("facts.title.assessed", e.id(), e.name(), plain(f.amount()), plain(e.max()));
            }
            case PENALTY -> {
                Element e = rubric.element(f.subject()).orElseThrow();
                Penalty p = e.penalty(f.item()).orElseThrow();
                yield text("facts.title.penalty", e.id(), e.name(), p.name(), f.times(), plain(p.points()));
            }
            case BASELINE -> text("facts.title.baseline", f.subject(),
                    rubric.baseline(f.subject()).map(Baseline::text).orElse(""), plain(f.amount()));
            case SERIOUS -> text("facts.title.serious", plain(f.amount()));
            case PERFORMANCE -> performance(f);
            case COMMENDATION -> text("facts.title.commendation", f.project(), level(f.item()));
            case INNOVATION -> text(Boolean.TRUE.equals(f.flag()) ? "facts.title.innovation.exchange"
                    : "facts.title.innovation", f.project(), level(f.item()));
            case PILOT -> text(Boolean.TRUE.equals(f.flag()) ? "facts.title.pilot.succeeded" : "facts.title.pilot");
            case INSPECTION -> text("facts.title.inspection", text("facts.period." + f.subject()), level(f.item()));
        };
    }

    private String performance(CommitteeFact f) {
        if (FactRules.CONDUCT.equals(f.subject()) && f.amount() != null) {
            return text("facts.title.conduct.score", plain(f.amount()));
        }
        return text("facts.title.performance", text("facts.aspect." + f.subject()),
                text(Boolean.TRUE.equals(f.flag()) ? "facts.yes" : "facts.no"));
    }

    private String note(CommitteeFact f, AssessmentYear year) {
        if (!f.active()) {
            return text("facts.note.withdrawn", f.withdrawalReason());
        }
        if ((f.kind() == FactKind.COMMENDATION || f.kind() == FactKind.INNOVATION) && !year.inWindow(f.factDate())) {
            return text("facts.note.outsideWindow", year.windowStart(), year.windowEnd());
        }
        if (f.kind() == FactKind.INSPECTION && !FactRules.YEAR_PERIOD.equals(f.subject())) {
            return text("facts.note.quarter");
        }
        return null;
    }

    String level(String id) {
        return messages.getMessage("facts.level." + id, null, id, Locale.SIMPLIFIED_CHINESE);
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    private static BigDecimal plainOrNull(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
