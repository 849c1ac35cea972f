package com.xingping.facts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.audit.AuditLog;
import com.xingping.identity.CurrentUser;
import com.xingping.kernel.NotFound;
import com.xingping.kernel.Refusal;
import com.xingping.scorecard.OfficialStandings;
import com.xingping.scoring.OfficialConduct;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitRegistry;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/**
 * The committee's official 行风评议 standings of a year (mean and the units in the last three places),
 * entered by form or import while the year is open, audited, withdrawn with a reason. Entering new
 * standings withdraws the ones standing. Scoring reads them through {@link OfficialStandings}.
 */
@Service
public class OfficialConductDesk implements OfficialStandings {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final OfficialConductEntries entries;
    private final CommitteeFacts facts;
    private final UnitRegistry units;
    private final YearRegistry years;
    private final AuditLog audit;
    private final Clock clock;

    OfficialConductDesk(OfficialConductEntries entries, CommitteeFacts facts, UnitRegistry units, YearRegistry years,
                        AuditLog audit, Clock clock) {
        this.entries = entries;
        this.facts = facts;
        this.units = units;
        this.years = years;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the committee enters: the mean, the bottom units by code, and the document they come from. */
    public record Form(BigDecimal mean, List<String> bottom, LocalDate date, String reference, String reason) {
    }

    @Override
    public Optional<OfficialConduct> of(AssessmentYear year) {
        return standing(year.id()).map(e -> new OfficialConduct(e.mean(),
                e.bottomUnits().stream().map(String::valueOf).collect(Collectors.toSet())));
    }

    @Override
    public Optional<Long> changedBy(Object row) {
        return row instanceof OfficialConductEntry e ? Optional.of(e.yearId()) : Optional.empty();
    }

    public Optional<OfficialConductEntry> standing(Long yearId) {
        return entries.findFirstByYearIdAndState(yearId, FactState.ACTIVE);
    }

    /** The units with a 行风评议 score entered for the year, by code (those the official list may name). */
    List<Unit> ratedUnits(Long yearId) {
        Set<Long> rated = ratedIds(yearId);
        return units.all().stream().filter(u -> rated.contains(u.id())).toList();
    }

    private Set<Long> ratedIds(Long yearId) {
        return facts.findByYearIdOrderByIdAsc(yearId).stream()
                .filter(f -> f.active() && f.kind() == FactKind.PERFORMANCE && FactRules.CONDUCT.equals(f.subject())
                        && f.amount() != null)
                .map(CommitteeFact::unitId).collect(Collectors.toSet());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
    public OfficialConductEntry enter(CurrentUser user, Long yearId, Form form) {
        AssessmentYear year = years.requireOpen(yearId);
        years.lock(year.id());
        Set<Long> bottom = bottom(year, form.bottom());
        BigDecimal mean = mean(form.mean());
        if (form.date() == null) {
            throw new Refusal("date", "请填写官方成绩的日期");
        }
        String reference = text("reference", "依据文件", form.reference(), 200);
        if (reference == null) {
            throw new Refusal("reference", "请填写官方成绩依据的文件（文号）");
        }
        String reason = text("reason", "说明", form.reason(), 1000);
        standing(year.id()).ifPresent(before -> withdrawn(user, before, "由新录入的官方成绩取代", before.version()));
        OfficialConductEntry entered = entries.save(OfficialConductEntry.enter(year.id(), mean, bottom, form.date(),
                reference, reason, user.username(), now()));
        audit.record("conduct.official.entered", "conduct-official", entered.id(), null, entered);
        return entered;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
    public OfficialConductEntry withdraw(CurrentUser user, Long id, String reason, Integer version) {
        OfficialConductEntry before = entries.findById(id).orElseThrow(() -> new NotFound("官方行风评议成绩 " + id));
        years.requireOpen(before.yearId());
        if (version == null || !version.equals(before.version())) {
            throw new OptimisticLockingFailureException("官方行风评议成绩已被他人修改，请刷新后重试");
        }
        String why = text("reason", "撤销理由", reason, 1000);
        if (why == null) {
            throw new Refusal("reason", "请写明撤销理由");
        }
        return withdrawn(user, before, why, version);
    }

    private OfficialConductEntry withdrawn(CurrentUser user, OfficialConductEntry before, String why, Integer version) {
        OfficialConductEntry after = entries.save(before.withdraw(why, user.username(), now(), version));
        audit.record("conduct.official.withdrawn", "conduct-official", after.id(), before, after);
        return after;
    }

    private static BigDecimal mean(BigDecimal mean) {
        if (mean == null) {
            throw new Refusal("mean", "请填写官方平均分");
        }
        if (mean.signum() < 0 || mean.compareTo(HUNDRED) > 0 || mean.stripTrailingZeros().scale() > 4) {
            throw new Refusal("mean", "官方平均分须在 0 至 100 分之间，最多四位小数，不是 " + mean.toPlainString());
        }
        return mean;
    }

    /** The listed units by code: each must exist and have a 行风评议 score entered for the year. */
    private Set<Long> bottom(AssessmentYear year, List<String> codes) {
        List<String> listed = codes == null ? List.of()
                : codes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
        Set<Long> rated = ratedIds(year.id());
        List<String> problems = new ArrayList<>();
        Set<Long> ids = new LinkedHashSet<>();
        for (String code : listed) {
            Optional<Unit> unit = units.byCode(code);
            if (unit.isEmpty()) {
                problems.add(code + " 不存在");
            } else if (!rated.contains(unit.get().id())) {
                problems.add(code + "（" + unit.get().name() + "）本年度没有行风评议成绩");
            } else {
                ids.add(unit.get().id());
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal("bottom", "末三位名单有误：" + String.join("；", problems));
        }
        return ids;
    }

    private static String text(String field, String label, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new Refusal(field, label + "不超过 " + max + " 字（现为 " + text.length() + " 字）");
        }
        return text;
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
