package com.xingping.results;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.audit.AuditLog;
import com.xingping.identity.CurrentUser;
import com.xingping.identity.Role;
import com.xingping.kernel.Conflict;
import com.xingping.kernel.NotFound;
import com.xingping.kernel.Refusal;
import com.xingping.results.NoticeStore.EvidenceFile;
import com.xingping.results.ResultNoticeStep.Addressee;
import com.xingping.results.Standings.Standing;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/**
 * The result's life after publishing: the committee posts a published version for notice (公示) with its
 * period, a unit's reporter objects (申诉) to a subject of its line within the period, the committee upholds
 * (维持) or adjusts (调整) each objection, an adjustment being a fact change made at the fact or review desks
 * beforehand (this only records what it moved in the draft), and a leader signs off (审定) once every
 * objection is decided: the final version is the posted one, or the draft frozen as a new version if it
 * moved. Every step is transactional, audited and heard by those concerned after it commits.
 */
@Service
class NoticeDesk {
    static final int MAX_FILE = 5 * 1024 * 1024;
    private final NoticeStore store;
    private final Editions editions;
    private final Publishing publishing;
    private final ProgressBoard progress;
    private final YearRegistry years;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NoticeDesk(NoticeStore store, Editions editions, Publishing publishing, ProgressBoard progress, YearRegistry years,
               AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.editions = editions;
        this.publishing = publishing;
        this.progress = progress;
        this.years = years;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    record Opened(int year, int version, LocalDate startsOn, LocalDate endsOn) {
    }

    record Filed(int year, int version, Long unitId, String subject, String reason, String evidence, String file) {
    }

    record Decided(String state, String reason, String changeMade) {
    }

    record Signed(int year, int postedVersion, int finalVersion, boolean newVersion, String note) {
    }

    @Transactional
    ResultNotice open(CurrentUser user, AssessmentYear year, Integer version, LocalDate startsOn, LocalDate endsOn) {
        requireRole(user, Role.ADMIN, "只有工委管理员可以发起公示");
        if (startsOn == null) {
            throw new Refusal("startsOn", "请填写公示开始日期");
        }
        if (endsOn == null) {
            throw new Refusal("endsOn", "请填写公示结束日期");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new Refusal("endsOn", "公示结束日期不能早于开始日期");
        }
        if (endsOn.isBefore(today())) {
            throw new Refusal("endsOn", "公示结束日期不能早于今天");
        }
        years.lock(year.id());
        int latest = editions.latestVersion(year);
        if (latest == 0) {
            throw new Conflict("version", year.year() + " 年度结果尚未发布，不能公示");
        }
        int posted = version == null ? latest : version;
        if (posted != latest) {
            throw new Conflict("version", "只能公示最新发布的版本（第 " + latest + " 版）");
        }
        Optional<ResultNotice> current = store.latest(year.id()).filter(n -> !n.signed());
        if (current.isPresent()) {
            throw new Conflict("version", "第 " + current.get().version() + " 版正在公示，审定后才能公示新的版本");
        }
        if (posted <= store.lastFinalVersion(year.id())) {
            throw new Conflict("version", "第 " + posted + " 版已审定为最终版本；更正须先发布新版本再公示");
        }
        Edition edition = editions.published(year, posted);
        Long id = store.insert(year.id(), edition.publicationId(), posted, startsOn, endsOn, user.username(), now());
        audit.record("results.notice.opened", "result_notice", id, null, new Opened(year.year(), posted, startsOn, endsOn));
        List<Addressee> to = new ArrayList<>();
        for (Standing line : edition.standings().units()) {
            to.add(Addressee.unit(line.unitId(), unitLink(year, posted, line.unitId())));
        }
        to.add(Addressee.role(Role.LEADER, homeLink(year)));
        events.publishEvent(new ResultNoticeStep("notice.posted", year.year() + " 年度考评结果第 " + posted + " 版公示，公示期 "
                + startsOn + " 至 " + endsOn + "。对本单位结果有异议的，请在公示期内提出申诉。", to));
        return store.get(id).orElseThrow();
    }

    @Transactional
    Objection object(CurrentUser user, Long noticeId, Long unitId, String subjectCode, String reason, String evidence,
                     EvidenceFile file) {
        if (user == null || user.role() != Role.REPORTER) {
            throw new AccessDeniedException("只有本单位的填报员可以申诉");
        }
        Long unit = unitId == null ? user.unitId() : unitId;
        if (!user.canReportFor(unit)) {
            throw new NotFound("单位 " + unit);
        }
        ResultNotice notice = store.lock(noticeId).orElseThrow(() -> new NotFound("公示 " + noticeId));
        if (notice.signed()) {
            throw new Conflict("notice", "第 " + notice.version() + " 版的公示已审定，不能再申诉");
        }
        if (!notice.inPeriod(today())) {
            throw new Conflict("notice", "不在公示期内（" + notice.startsOn() + " 至 " + notice.endsOn() + "），不能申诉");
        }
        AssessmentYear year = years.get(notice.yearId());
        Edition posted = editions.published(year, notice.version());
        Standing line = lineOf(posted, unit).orElseThrow(() -> new NotFound("第 " + notice.version() + " 版中的单位 " + unit));
        NoticeSubject subject = NoticeSubject.parse(subjectCode, posted.rubric());
        String why = text(reason, "reason", "申诉理由", 2000);
        String proof = text(evidence, "evidence", "证明材料说明", 4000);
        if (file != null && file.bytes().length > MAX_FILE) {
            throw new Refusal("file", "证明材料文件不超过 5 MB");
        }
        Conflict twice = new Conflict("subject", "本单位对“" + subject.label(posted.rubric())
                + "”已有待复核的申诉，复核后才能再提");
        if (store.hasOpen(noticeId, unit, subject.code())) {
            throw twice;
        }
        Long id;
        try {
            id = store.object(noticeId, unit, subject.code(), why, proof, file, user.username(), now());
        } catch (DuplicateKeyException e) {
            throw twice;
        }
        audit.record("results.objection.filed", "result_objection", id, null, new Filed(year.year(), notice.version(),
                unit, subject.code(), why, proof, file == null ? null : file.name()));
        events.publishEvent(new ResultNoticeStep("notice.objected", line.name() + "对 " + year.year() + " 年度结果第 "
                + notice.version() + " 版的“" + subject.label(posted.rubric()) + "”提出申诉：" + why,
                List.of(Addressee.role(Role.ADMIN, homeLink(year) + "#objection-" + id))));
        return store.objection(id).orElseThrow();
    }

    @Transactional
    Objection decide(CurrentUser user, Long objectionId, String outcome, String reason) {
        requireRole(user, Role.ADMIN, "只有工委管理员可以复核申诉");
        Objection.State state = outcome == null ? null : switch (outcome.strip()) {
            case "UPHELD" -> Objection.State.UPHELD;
            case "ADJUSTED" -> Objection.State.ADJUSTED;
            default -> null;
        };
        if (state == null) {
            throw new Refusal("outcome", "请选择维持或调整");
        }
        String why = text(reason, "reason", "复核理由", 2000);
        Objection objection = store.objection(objectionId).orElseThrow(() -> new NotFound("申诉 " + objectionId));
        ResultNotice notice = store.lock(objection.noticeId()).orElseThrow();
        objection = store.objection(objectionId).orElseThrow();
        if (notice.signed()) {
            throw new Conflict("objection", "公示已审定，不能再复核");
        }
        if (!objection.open()) {
            throw new Conflict("objection", "该申诉已复核（" + objection.state().label() + "）");
        }
        AssessmentYear year = years.get(notice.yearId());
        Edition posted = editions.published(year, notice.version());
        NoticeSubject subject = new NoticeSubject(objection.subject());
        String label = subject.label(posted.rubric());
        String change = null;
        if (state == Objection.State.ADJUSTED) {
            String before = lineOf(posted, objection.unitId()).map(subject::value).orElseThrow();
            String after = lineOf(editions.draft(year), objection.unitId()).map(subject::value).orElse("不再参评");
            if (before.equals(after)) {
                throw new Conflict("outcome", "草稿中“" + label + "”仍为 " + before + "，与公示版本相同：调整须先在工委录入或记录审核中"
                        + "作出更正，再记录调整");
            }
            change = label + "：" + before + " → " + after;
        }
        if (store.decide(objectionId, state, why, change, user.username(), now()) != 1) {
            throw new Conflict("objection", "该申诉已由他人复核");
        }
        audit.record("results.objection.decided", "result_objection", objectionId,
                new Decided(Objection.State.OPEN.name(), null, null), new Decided(state.name(), why, change));
        events.publishEvent(new ResultNoticeStep("notice.decided", "你单位对 " + year.year() + " 年度结果第 "
                + notice.version() + " 版“" + label + "”的申诉已复核：" + state.label()
                + (change == null ? "" : "（" + change + "）") + "。理由：" + why,
                List.of(Addressee.unit(objection.unitId(), unitLink(year, notice.version(), objection.unitId())))));
        return store.objection(objectionId).orElseThrow();
    }

    @Transactional
    ResultNotice signOff(CurrentUser user, Long noticeId, String note) {
        requireRole(user, Role.LEADER, "只有领导可以审定");
        String remark = note == null || note.isBlank() ? null : note.strip();
        if (remark != null && remark.length() > 1000) {
            throw new Refusal("note", "审定意见不超过 1000 字");
        }
        ResultNotice notice = store.lock(noticeId).orElseThrow(() -> new NotFound("公示 " + noticeId));
        if (notice.signed()) {
            throw new Conflict("notice", "第 " + notice.version() + " 版的公示已审定，最终版本为第 " + notice.finalVersion() + " 版");
        }
        if (!today().isAfter(notice.endsOn())) {
            throw new Conflict("notice", "公示期至 " + notice.endsOn() + " 结束，期满后才能审定");
        }
        long open = store.openCount(noticeId);
        if (open > 0) {
            throw new Conflict("objections", "还有 " + open + " 条申诉待复核，全部复核后才能审定");
        }
        AssessmentYear year = years.get(notice.yearId());
        Edition posted = editions.published(year, notice.version());
        Edition draft = editions.draft(year);
        boolean moved = !Changes.between(posted.standings(), draft.standings(), draft.rubric()).units().isEmpty();
        Edition last = moved ? publishing.freeze(user, year, null, "审定：第 " + notice.version() + " 版公示后的最终版本",
                progress.start(null, "审定 " + year.year() + " 年度结果", Publishing.STEPS, "核对已发布的版本")) : posted;
        store.signOff(noticeId, user.username(), now(), remark, last.publicationId(), last.version());
        audit.record("results.notice.signed", "result_notice", noticeId, null,
                new Signed(year.year(), notice.version(), last.version(), moved, remark));
        List<Addressee> to = new ArrayList<>();
        for (Standing line : last.standings().units()) {
            to.add(Addressee.unit(line.unitId(), unitLink(year, last.version(), line.unitId())));
        }
        to.add(Addressee.role(Role.ADMIN, homeLink(year)));
        events.publishEvent(new ResultNoticeStep("notice.signed", year.year() + " 年度考评结果已审定，最终版本为第 "
                + last.version() + " 版" + (moved ? "（按复核调整后重新冻结）" : "（即公示的版本）") + "。", to));
        return store.get(noticeId).orElseThrow();
    }

    /** The year's latest notice with every unit's objections (the committee and leaders) or the reader's unit's only. */
    @Transactional(readOnly = true)
    Optional<NoticeView> view(CurrentUser user, AssessmentYear year, Long unitId) {
        if (unitId == null) {
            ResultsAccess.requireReader(user);
        } else if (user == null || !user.canRead(unitId)) {
            throw new NotFound("单位 " + unitId);
        }
        return store.latest(year.id()).map(notice -> {
            Edition posted = editions.published(year, notice.version());
            List<Objection> objections = store.objections(notice.id()).stream()
                    .filter(o -> unitId == null || o.unitId().equals(unitId)).toList();
            return NoticeView.of(notice, posted, objections, store.openCount(notice.id()), today(), user);
        });
    }

    /** The file sent with an objection, to the committee, leaders and the objecting unit. */
    @Transactional(readOnly = true)
    EvidenceFile file(CurrentUser user, Long objectionId) {
        Objection objection = store.objection(objectionId).orElseThrow(() -> new NotFound("申诉 " + objectionId));
        if (user == null || !user.canRead(objection.unitId())) {
            throw new NotFound("申诉 " + objectionId);
        }
        return store.file(objectionId).orElseThrow(() -> new NotFound("申诉 " + objectionId + " 的证明材料文件"));
    }

    private static Optional<Standing> lineOf(Edition edition, Long unitId) {
        return edition.standings().units().stream().filter(l -> l.unitId().equals(unitId)).findFirst();
    }

    private static void requireRole(CurrentUser user, Role role, String message) {
        if (user == null || user.role() != role) {
            throw new AccessDeniedException(message);
        }
    }

    private static String text(String value, String field, String name, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new Refusal(field, "请填写" + name);
        }
        if (text.length() > max) {
            throw new Refusal(field, name + "不超过 " + max + " 字");
        }
        return text;
    }

    private static String unitLink(AssessmentYear year, int version, Long unitId) {
        return "/results/" + version + "/units/" + unitId + "?yearId=" + year.id();
    }

    private static String homeLink(AssessmentYear year) {
        return "/results?yearId=" + year.id();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
