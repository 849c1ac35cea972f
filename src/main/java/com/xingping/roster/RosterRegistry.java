package com.xingping.roster;

import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.audit.AuditLog;
import com.xingping.identity.CurrentUser;
import com.xingping.kernel.NotFound;
import com.xingping.kernel.PersonalData;
import com.xingping.kernel.Refusal;
import com.xingping.sheet.SheetUpload;
import com.xingping.sheet.Watermark;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitRegistry;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearChoice;
import com.xingping.year.YearRegistry;

/**
 * Keeps each unit's roster for a year: members added, edited and removed one by one (optimistic
 * locking on each), or the whole year's roster replaced from a spreadsheet in one transaction.
 * Every change is audited. A unit's reporter and the committee may change a roster, only while
 * its year is open and the unit active; leaders and everyone else only read what they may see.
 */
@Service
class RosterRegistry {
    private final Roster roster;
    private final UnitRegistry units;
    private final YearRegistry years;
    private final YearChoice yearChoice;
    private final AuditLog audit;
    private final int maxImportBytes;
    private final Clock clock;

    RosterRegistry(Roster roster, UnitRegistry units, YearRegistry years, YearChoice yearChoice, AuditLog audit,
                   @Value("${xingping.roster.import-max-bytes:1048576}") int maxImportBytes, Clock clock) {
        this.clock = clock;
        this.roster = roster;
        this.units = units;
        this.years = years;
        this.yearChoice = yearChoice;
        this.audit = audit;
        this.maxImportBytes = maxImportBytes;
    }

    /** A spreadsheet as uploaded; {@code content} is read at most up to the size limit. */
    record Upload(String filename, InputStream content) {
    }

    RosterView view(CurrentUser user, Long unitId, Long yearId) {
        Unit unit = readable(user, unitId);
        AssessmentYear year = yearChoice.of(yearId);
        boolean writable = year.isOpen() && unit.active() && mayWrite(user, unitId);
        return RosterView.of(unit, year, years.rubricOf(year).policy(), writable, shown(user, unitId, members(unitId, year.id())));
    }

    RosterMember member(CurrentUser user, Long unitId, Long memberId) {
        readable(user, unitId);
        RosterMember member = roster.findById(memberId).filter(m -> m.unitId().equals(unitId))
                .orElseThrow(() -> new NotFound("党员 " + memberId));
        return seesNames(user, unitId) ? member : masked(member);
    }

    List<RosterMember> members(Long unitId, Long yearId) {
        return roster.findByUnitIdAndYearIdOrderByIdAsc(unitId, yearId);
    }

    @Transactional
    public RosterMember add(CurrentUser user, Long unitId, Long yearId, MemberForm form) {
        writable(user, unitId);
        AssessmentYear year = years.requireOpen(yearChoice.of(yearId).id());
        MemberForm valid = form.validated();
        RosterMember added = roster.save(new RosterMember(null, unitId, year.id(), valid.name(), valid.role(),
                valid.studyHours(), null));
        audit.record("roster.member-added", "member", added.id(), null, added);
        return added;
    }

    @Transactional
    public RosterMember edit(CurrentUser user, Long unitId, Long memberId, MemberForm form) {
        writable(user, unitId);
        RosterMember before = member(user, unitId, memberId);
        years.requireOpen(before.yearId());
        MemberForm valid = form.validated();
        RosterMember after = roster.save(new RosterMember(before.id(), unitId, before.yearId(), valid.name(),
                valid.role(), valid.studyHours(), form.version() == null ? before.version() : form.version()));
        audit.record("roster.member-edited", "member", memberId, before, after);
        return after;
    }

    @Transactional
    public void remove(CurrentUser user, Long unitId, Long memberId, Integer version) {
        writable(user, unitId);
        RosterMember member = member(user, unitId, memberId);
        years.requireOpen(member.yearId());
        roster.delete(new RosterMember(member.id(), unitId, member.yearId(), member.name(), member.role(),
                member.studyHours(), version == null ? member.version() : version));
        audit.record("roster.member-removed", "member", memberId, member, null);
    }

    /**
     * Replaces the year's roster of the unit with the members of the file, all or nothing: a file
     * with any bad row changes nothing and is refused naming every bad row.
     */
    @Transactional
    public List<RosterMember> replaceFrom(CurrentUser user, Long unitId, Long yearId, Upload upload) {
        writable(user, unitId);
        AssessmentYear year = years.requireOpen(yearChoice.of(yearId).id());
        List<RosterSheet.Line> lines = RosterSheet.read(bytes(upload));
        List<RosterMember> before = members(unitId, year.id());
        roster.deleteAll(before);
        List<RosterMember> after = roster.saveAll(lines.stream().map(line -> new RosterMember(null, unitId, year.id(),
                line.member().name(), line.member().role(), line.member().studyHours(), null)).toList());
        audit.record("roster.imported", "roster", unitId, summary(year, null, before),
                summary(year, upload.filename(), after));
        return after;
    }

    byte[] export(CurrentUser user, Long unitId, Long yearId) {
        readable(user, unitId);
        Long year = yearChoice.of(yearId).id();
        audit.recordAccess("roster.exported", "unit", unitId, Map.of("yearId", year));
        return RosterSheet.write(shown(user, unitId, members(unitId, year)), Watermark.of(user, clock));
    }

    static byte[] template() {
        return RosterSheet.template();
    }

    /**
     * The members with their names as the user may see them (等保 个人信息保护): in full for the
     * unit's own reporter and the committee, who keep and review the roster; masked (张*丰) for
     * everyone else who may read it (leaders), who need the counts and hours, not the people.
     */
    private static List<RosterMember> shown(CurrentUser user, Long unitId, List<RosterMember> members) {
        return seesNames(user, unitId) ? members : members.stream().map(RosterRegistry::masked).toList();
    }

    private static boolean seesNames(CurrentUser user, Long unitId) {
        return user.canReportFor(unitId) || user.isCommittee();
    }

    private static RosterMember masked(RosterMember m) {
        return new RosterMember(m.id(), m.unitId(), m.yearId(), PersonalData.maskName(m.name()), m.role(), m.studyHours(),
                m.version());
    }

    private byte[] bytes(Upload upload) {
        if (upload == null) {
            throw new Refusal("file", "请选择要导入的表格文件");
        }
        return new SheetUpload(upload.filename(), upload.content()).bytes(maxImportBytes, limit -> "文件过大：名册文件不能超过 "
                + limit + "（" + RosterSheet.MAX_MEMBERS + " 名党员的名册远小于此），请检查是否选错了文件");
    }

    static Map<String, Object> summary(AssessmentYear year, String filename, List<RosterMember> members) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("yearId", year.id());
        summary.put("file", filename);
        summary.put("count", members.size());
        summary.put("members", members.stream().map(m -> m.name() + "/" + m.role() + "/" + m.studyHours().toPlainString())
                .toList());
        return summary;
    }

    private Unit readable(CurrentUser user, Long unitId) {
        if (user == null || !user.canRead(unitId)) {
            throw new NotFound("单位 " + unitId);
        }
        return units.find(unitId).orElseThrow(() -> new NotFound("单位 " + unitId));
    }

    private Unit writable(CurrentUser user, Long unitId) {
        Unit unit = readable(user, unitId);
        if (!mayWrite(user, unitId)) {
            throw new AccessDeniedException("只读账号不能修改党员名册");
        }
        if (!unit.active()) {
            throw new Refusal("unitId", "单位“" + unit.name() + "”已停用，名册只读");
        }
        return unit;
    }

    private static boolean mayWrite(CurrentUser user, Long unitId) {
        return user.canReportFor(unitId) || user.isCommittee();
    }
}
