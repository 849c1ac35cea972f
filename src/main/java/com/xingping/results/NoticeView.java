package com.xingping.results;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.xingping.identity.CurrentUser;
import com.xingping.identity.Role;
import com.xingping.results.Standings.Standing;
import com.xingping.rubric.Rubric;

/**
 * A notice as the results pages and the API show it: its stage, period and versions, the objections the
 * reader may see, the timeline of every step so far, the forms the reader is shown until the sign-off (the
 * desk refuses what the stage does not allow yet, saying why), and the subjects an objection may name.
 */
record NoticeView(Long id, Long yearId, int version, LocalDate startsOn, LocalDate endsOn, String stage,
                  String stageLabel, String openedBy, Instant openedAt, String signedBy, Instant signedAt,
                  String signNote, Integer finalVersion, long openObjections, List<Row> objections,
                  List<Step> timeline, boolean canObject, boolean canDecide, boolean canSignOff,
                  List<Subject> subjects) {

    record Row(Long id, Long unitId, String unitName, String subject, String subjectLabel, String reason,
               String evidence, String fileName, String filedBy, Instant filedAt, String state, String stateLabel,
               String decisionReason, String changeMade, String decidedBy, Instant decidedAt) {
        public boolean open() {
            return Objection.State.OPEN.name().equals(state);
        }
    }

    /** One step of the timeline: when, what (公示, 申诉, 复核, 审定) and its details. */
    record Step(Instant at, String kind, String title, String detail) {
    }

    record Subject(String code, String label) {
    }

    static NoticeView of(ResultNotice notice, Edition posted, List<Objection> objections, long openCount,
                         LocalDate today, CurrentUser reader) {
        Rubric rubric = posted.rubric();
        Map<Long, String> names = posted.standings().units().stream()
                .collect(Collectors.toMap(Standing::unitId, Standing::name, (a, b) -> a));
        List<Row> rows = objections.stream().map(o -> {
            String label = new NoticeSubject(o.subject()).label(rubric);
            return new Row(o.id(), o.unitId(), names.getOrDefault(o.unitId(), String.valueOf(o.unitId())), o.subject(),
                    label, o.reason(), o.evidence(), o.fileName(), o.filedBy(), o.filedAt(), o.state().name(),
                    o.state().label(), o.decisionReason(), o.changeMade(), o.decidedBy(), o.decidedAt());
        }).toList();
        List<Step> timeline = new ArrayList<>();
        timeline.add(new Step(notice.openedAt(), "posted", "公示",
                "第 " + notice.version() + " 版公示，公示期 " + notice.startsOn() + " 至 " + notice.endsOn()));
        for (Row row : rows) {
            timeline.add(new Step(row.filedAt(), "objected", "申诉",
                    row.unitName() + "对“" + row.subjectLabel() + "”提出申诉：" + row.reason()));
            if (!row.open()) {
                timeline.add(new Step(row.decidedAt(), "decided", "复核：" + row.stateLabel(),
                        row.unitName() + "“" + row.subjectLabel() + "”：" + row.decisionReason()
                                + (row.changeMade() == null ? "" : "（" + row.changeMade() + "）")));
            }
        }
        if (notice.signed()) {
            timeline.add(new Step(notice.signedAt(), "signed", "审定", "最终版本为第 " + notice.finalVersion() + " 版"
                    + (notice.finalVersion() == notice.version() ? "（即公示的版本）" : "（按复核调整后重新冻结）")
                    + (notice.signNote() == null ? "" : "：" + notice.signNote())));
        }
        timeline.sort(Comparator.comparing(Step::at));
        ResultNotice.Stage stage = notice.stage(today, openCount);
        Role role = reader.role();
        List<Subject> subjects = new ArrayList<>();
        if (role == Role.REPORTER) {
            rubric.stars().forEach(star -> subjects.add(new Subject("star:" + star.id(), star.name())));
            rubric.elements().forEach(e -> subjects.add(new Subject("element:" + e.id(), e.id() + " " + e.name())));
            subjects.add(new Subject(NoticeSubject.PERFORMANCE, "业绩优"));
            subjects.add(new Subject(NoticeSubject.RANK, "排名"));
        }
        return new NoticeView(notice.id(), notice.yearId(), notice.version(), notice.startsOn(), notice.endsOn(),
                stage.name(), stage.label(), notice.openedBy(), notice.openedAt(), notice.signedBy(), notice.signedAt(),
                notice.signNote(), notice.finalVersion(), openCount, rows, List.copyOf(timeline),
                role == Role.REPORTER && !notice.signed(), role == Role.ADMIN && !notice.signed(),
                role == Role.LEADER && !notice.signed(), List.copyOf(subjects));
    }
}
