package com.xingping.facts;

import static com.xingping.scoring.Decimals.plain;
import static java.util.stream.Collectors.groupingBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import com.xingping.audit.AuditEvent;
import com.xingping.audit.AuditLog;
import com.xingping.facts.UnitFactsView.AssessSlot;
import com.xingping.facts.UnitFactsView.Choice;
import com.xingping.facts.UnitFactsView.Slot;
import com.xingping.facts.UnitFactsView.StarGroup;
import com.xingping.identity.CurrentUser;
import com.xingping.kernel.NotFound;
import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;
import com.xingping.rubric.ElementKind;
import com.xingping.rubric.LevelBonus;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.Star;
import com.xingping.scoring.PerformanceResult;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.UnitFacts;
import com.xingping.scoring.YearResult;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitDirectory;
import com.xingping.unit.UnitRegistry;
import com.xingping.unit.YearFlags;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearChoice;
import com.xingping.year.YearRegistry;

/** Reads the committee's facts for the committee and leaders: a unit's year, one fact and its history, the 行风评议 table. */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER', 'LEADER')")
public class CommitteeBook {
    private final CommitteeFacts facts;
    private final UnitRegistry units;
    private final YearChoice yearChoice;
    private final YearRegistry years;
    private final FactViews views;
    private final AuditLog audit;
    private final UnitDirectory directory;
    private final OfficialConductDesk official;

    CommitteeBook(CommitteeFacts facts, UnitRegistry units, YearChoice yearChoice, YearRegistry years, FactViews views,
                  AuditLog audit, UnitDirectory directory, OfficialConductDesk official) {
        this.official = official;
        this.directory = directory;
        this.facts = facts;
        this.units = units;
        this.yearChoice = yearChoice;
        this.years = years;
        this.views = views;
        this.audit = audit;
    }

    /** One line of the /facts overview: how many standing facts of each group a unit has. */
    public record UnitSummary(Long unitId, String code, String name, long assessed, int assessable, long deductions,
                              long performance, long bonus) {
    }

    /** A page of the active units (those whose code or name contains the text, if one is given) with their counts. */
    public PageOf<UnitSummary> overview(AssessmentYear year, String text, Paging paging) {
        return directory.activePage(text, paging).with(shown -> summaries(year, shown));
    }

    private List<UnitSummary> summaries(AssessmentYear year, List<Unit> shown) {
        Rubric rubric = years.rubricOf(year);
        int assessable = (int) rubric.elements().stream().filter(e -> e.kind() == ElementKind.ASSESS).count();
        Map<Long, List<CommitteeFact>> byUnit = shown.isEmpty() ? Map.of()
                : facts.findByYearIdAndUnitIdIn(year.id(), shown.stream().map(Unit::id).toList()).stream()
                .filter(CommitteeFact::active).collect(groupingBy(CommitteeFact::unitId));
        return shown.stream().map(unit -> {
            List<CommitteeFact> of = byUnit.getOrDefault(unit.id(), List.of());
            return new UnitSummary(unit.id(), unit.code(), unit.name(), count(of, FactKind.ASSESSED), assessable,
                    count(of, FactKind.PENALTY) + count(of, FactKind.BASELINE) + count(of, FactKind.SERIOUS),
                    count(of, FactKind.PERFORMANCE), count(of, FactKind.COMMENDATION) + count(of, FactKind.INNOVATION)
                    + count(of, FactKind.PILOT) + count(of, FactKind.INSPECTION));
        }).toList();
    }

    public UnitFactsView unit(CurrentUser user, Long unitId, Long yearId) {
        Unit unit = units.find(unitId).orElseThrow(() -> new NotFound("单位 " + unitId));
        AssessmentYear year = yearChoice.of(yearId);
        Rubric rubric = years.rubricOf(year);
        List<FactView> all = facts.findByUnitIdAndYearIdOrderByIdAsc(unit.id(), year.id()).stream()
                .map(f -> views.of(f, rubric, year)).toList();
        List<FactView> standing = all.stream().filter(FactView::active).toList();
        List<StarGroup> stars = rubric.stars().stream().map(star -> star(star, standing)).toList();
        YearFlags flags = units.flags(year.id(), unit);
        // outside the 目标责任制考核 (or the committee's own): performance-1 is the committee's judgement (业绩优)
        String outside = flags.committeeOwn() ? views.text("facts.target.committeeOwn")
                : flags.inTargetAssessment() ? null : views.text("facts.target.outside");
        List<Slot> performance = FactRules.ASPECTS.stream().map(a -> {
            boolean judged = outside != null && FactRules.TARGET.equals(a);
            return new Slot(a, views.text(judged ? "facts.aspect.target.judged" : "facts.aspect." + a),
                    judged ? views.text("facts.aspect.target.judgedHelp", outside) : null,
                    latest(standing, FactKind.PERFORMANCE, f -> a.equals(f.aspect())));
        }).toList();
        List<Slot> inspections = FactRules.PERIODS.stream().map(p -> new Slot(p, views.text("facts.period." + p), null,
                latest(standing, FactKind.INSPECTION, f -> p.equals(f.period())))).toList();
        return new UnitFactsView(unit.id(), unit.code(), unit.name(), unit.active(), year.id(), year.year(), year.isOpen(),
                user.isCommittee() && year.isOpen() && unit.active(), year.windowStart(), year.windowEnd(), stars,
                of(standing, FactKind.SERIOUS), performance, of(standing, FactKind.COMMENDATION),
                of(standing, FactKind.INNOVATION), latest(standing, FactKind.PILOT, f -> true), inspections,
                all.stream().filter(f -> !f.active()).toList(), choices(rubric));
    }

    public FactView fact(FactKind kind, Long id) {
        CommitteeFact fact = facts.findById(id).filter(f -> f.kind() == kind)
                .orElseThrow(() -> new NotFound("工委录入 " + kind.slug() + "/" + id));
        AssessmentYear year = years.get(fact.yearId());
        return views.of(fact, years.rubricOf(year), year);
    }

    /** Who entered, changed and withdrew the fact, with what it said before and after. */
    public List<AuditEvent> history(FactKind kind, Long id) {
        fact(kind, id);
        return audit.history("fact", id);
    }

    /**
     * The year's 行风评议 judged over the year's units (every active unit and every unit rated that
     * year, whatever its state today), under the official standings when the committee entered them;
     * one page of its rows (rated units first, by place).
     */
    public ConductTable conduct(Long yearId, Paging paging) {
        AssessmentYear year = yearChoice.of(yearId);
        Rubric rubric = years.rubricOf(year);
        Map<Long, List<CommitteeFact>> byUnit = facts.findByYearIdOrderByIdAsc(year.id()).stream()
                .collect(groupingBy(CommitteeFact::unitId));
        List<Unit> active = new ArrayList<>();
        List<UnitFacts> engineFacts = new ArrayList<>();
        for (Unit unit : units.all()) {
            UnitFacts unitFacts = UnitFacts.builder(String.valueOf(unit.id()))
                    .performance(EngineFacts.performance(byUnit.getOrDefault(unit.id(), List.of()))).build();
            if (unit.active() || unitFacts.performance().rated()) {
                active.add(unit);
                engineFacts.add(unitFacts);
            }
        }
        Optional<OfficialConductEntry> entry = official.standing(year.id());
        YearResult result = new ScoringEngine(rubric).score(engineFacts, official.of(year).orElse(null));
        List<BigDecimal> scores = engineFacts.stream().map(f -> f.performance().conductScore()).filter(Objects::nonNull).toList();
        List<ConductTable.Row> rows = new ArrayList<>();
        BigDecimal mean = null;
        for (Unit unit : active) {
            PerformanceResult judged = result.unit(String.valueOf(unit.id())).orElseThrow().performance();
            Optional<CommitteeFact> conduct = byUnit.getOrDefault(unit.id(), List.of()).stream()
                    .filter(f -> f.active() && f.kind() == FactKind.PERFORMANCE && FactRules.CONDUCT.equals(f.subject()))
                    .max(Comparator.comparing(CommitteeFact::id));
            Integer rank = judged.place();
            if (judged.conductScore() != null) {
                mean = judged.conductMean();
            }
            rows.add(new ConductTable.Row(unit.id(), unit.code(), unit.name(), rank,
                    conduct.map(f -> views.of(f, rubric, year)).orElse(null), judged.conductImproved(),
                    judged.conductPassed(), judged.vetoed()));
        }
        rows.sort(Comparator.comparing((ConductTable.Row r) -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
                .thenComparing(r -> r.conduct() == null).thenComparing(ConductTable.Row::code));
        int bottom = rubric.policy().conductVetoBottom();
        Integer lastSafePlace = entry.isEmpty() && scores.size() > bottom && bottom > 0 ? scores.size() - bottom : null;
        List<ConductTable.Rated> rated = rows.stream().filter(r -> r.rank() != null)
                .map(r -> new ConductTable.Rated(r.code(), r.name())).toList();
        return new ConductTable(year.id(), year.year(), year.isOpen(), scores.size(), stripped(mean), lastSafePlace,
                bottom, PageOf.slice(rows, paging), entry.map(this::official).orElse(null), rated);
    }

    private ConductTable.Official official(OfficialConductEntry entry) {
        List<String> bottom = entry.bottomUnits().stream()
                .map(id -> units.find(id).map(u -> u.code() + " " + u.name()).orElse("#" + id)).sorted().toList();
        return new ConductTable.Official(entry.id(), entry.version(), stripped(entry.mean()), bottom, entry.factDate(),
                entry.reference(), entry.reason(), entry.enteredBy());
    }

    private StarGroup star(Star star, List<FactView> standing) {
        List<AssessSlot> assessed = star.criteria().stream().flatMap(c -> c.elements().stream())
                .filter(e -> e.kind() == ElementKind.ASSESS)
                .map(e -> new AssessSlot(e.id(), e.name(), e.max(), e.source(),
                        latest(standing, FactKind.ASSESSED, f -> e.id().equals(f.elementId())))).toList();
        List<Choice> penaltyChoices = star.criteria().stream().flatMap(c -> c.elements().stream())
                .flatMap(e -> e.penalties().stream().map(p -> new Choice(e.id() + "/" + p.id(),
                        views.text("facts.choice.penalty", e.id(), e.name(), p.name(), plain(p.points()))))).toList();
        List<Choice> baselineChoices = star.baselines().stream()
                .map(b -> new Choice(b.id(), b.id() + " " + b.text())).toList();
        return new StarGroup(star.id(), star.name(), assessed,
                standing.stream().filter(f -> f.kind().equals(FactKind.PENALTY.slug()) && star.id().equals(f.starId())).toList(),
                standing.stream().filter(f -> f.kind().equals(FactKind.BASELINE.slug()) && star.id().equals(f.starId())).toList(),
                penaltyChoices, baselineChoices);
    }

    private UnitFactsView.Choices choices(Rubric rubric) {
        return new UnitFactsView.Choices(rubric.policy().baselinePoints().stream().map(p -> new BigDecimal(plain(p))).toList(),
                levels(rubric.bonus().commendation()), levels(rubric.bonus().innovationAward()),
                levels(rubric.bonus().inspectionLevels()));
    }

    private List<Choice> levels(LevelBonus rule) {
        return levels(rule.levels());
    }

    private List<Choice> levels(Map<String, BigDecimal> points) {
        return points.entrySet().stream().sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
                .map(e -> new Choice(e.getKey(), views.text("facts.choice.level", views.level(e.getKey()), plain(e.getValue()))))
                .toList();
    }

    private static List<FactView> of(List<FactView> standing, FactKind kind) {
        return standing.stream().filter(f -> f.kind().equals(kind.slug())).toList();
    }

    private static FactView latest(List<FactView> standing, FactKind kind, Predicate<FactView> which) {
        return standing.stream().filter(f -> f.kind().equals(kind.slug()) && which.test(f))
                .max(Comparator.comparing(FactView::id)).orElse(null);
    }

    /** 91.50 reads 91.5, 90.00 reads 90. */
    private static BigDecimal stripped(BigDecimal value) {
        return value == null ? null : new BigDecimal(plain(value));
    }

    private static long count(List<CommitteeFact> facts, FactKind kind) {
        return facts.stream().filter(f -> f.kind() == kind).count();
    }
}
