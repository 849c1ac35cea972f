package com.xingping.reform;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.audit.AuditLog;
import com.xingping.identity.CurrentUser;
import com.xingping.kernel.NotFound;
import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;
import com.xingping.kernel.Refusal;
import com.xingping.rubric.Rubric;
import com.xingping.scorecard.LiveFacts;
import com.xingping.scorecard.LiveFacts.ScoredYear;
import com.xingping.scoring.InvalidDocumentException;
import com.xingping.scoring.ScoringDocumentReader;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.ScoringInput;
import com.xingping.scoring.ScoringInputWriter;
import com.xingping.scoring.YearResult;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/**
 * Reform simulation over a year's facts as they stand (the results draft's scored year): a scenario's
 * rubric scores the same facts, read against it, and is compared with the year's rubric or another scenario.
 */
@Service
public class Reform {
    static final String BASELINE = "现行细则";
    private final LiveFacts live;
    private final YearRegistry years;
    private final ReformScenarios scenarios;
    private final AuditLog audit;
    private final Clock clock;

    Reform(LiveFacts live, YearRegistry years, ReformScenarios scenarios, AuditLog audit, Clock clock) {
        this.live = live;
        this.years = years;
        this.scenarios = scenarios;
        this.audit = audit;
        this.clock = clock;
    }

    /** A scenario scored: the rubric YAML it was scored with and how the year moves from the year's rubric to it. */
    public record Simulation(String rubric, Comparison comparison) {
    }

    /** The year's rubric YAML (the stored rubric it is scored by), the copy a scenario starts from. */
    String yearText(AssessmentYear year) {
        return years.rubricText(year);
    }

    Rubric yearRubric(AssessmentYear year) {
        return years.rubricOf(year);
    }

    /** {@code text} null: a copy of the year's rubric; {@code changes} null: the text as it is. */
    public Simulation simulate(Long yearId, String text, ScenarioChanges changes, String name) {
        AssessmentYear year = years.get(yearId);
        ScenarioRubric scenario = ScenarioRubric.of(text == null ? yearText(year) : text, changes, years.rubricOf(year));
        ScoredYear scored = live.scored(year);
        YearResult result = score(scored, scenario.rubric());
        return new Simulation(scenario.text(), Comparison.of(BASELINE, scored.rubric(), scored.result(),
                name == null || name.isBlank() ? "推演方案" : name.strip(), scenario.rubric(), result));
    }

    @Transactional
    public ReformScenario save(CurrentUser user, Long yearId, String name, String note, String text, ScenarioChanges changes) {
        AssessmentYear year = years.get(yearId);
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw new Refusal("name", cleanName.isEmpty() ? "请填写方案名称" : "方案名称不能超过 100 个字");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 2000) {
            throw new Refusal("note", "说明不能超过 2000 个字");
        }
        ScenarioRubric scenario = ScenarioRubric.of(text == null ? yearText(year) : text, changes, years.rubricOf(year));
        score(live.scored(year), scenario.rubric());
        ReformScenario saved = scenarios.save(new ReformScenario(null, year.id(), cleanName, cleanNote, scenario.text(),
                user.username(), Instant.now(clock)));
        audit.record("reform.scenario.saved", "reform_scenario", saved.id(), null,
                Map.of("year", year.year(), "name", cleanName, "author", user.username()));
        return saved;
    }

    @Transactional(readOnly = true)
    public PageOf<ReformScenario> list(Long yearId, Paging paging) {
        AssessmentYear year = years.get(yearId);
        return PageOf.of(scenarios.findByYearIdOrderByIdDesc(year.id(), PageRequest.of(paging.page() - 1, paging.size())),
                paging, scenarios.countByYearId(year.id()));
    }

    @Transactional(readOnly = true)
    public ReformScenario get(Long yearId, Long id) {
        return scenarios.findByIdAndYearId(id, years.get(yearId).id()).orElseThrow(() -> new NotFound("方案 " + id));
    }

    /** Scenario {@code a} against scenario {@code b}, or against the year's rubric when {@code a} is null. */
    public Comparison compare(Long yearId, Long a, Long b) {
        AssessmentYear year = years.get(yearId);
        ScoredYear scored = live.scored(year);
        ReformScenario right = get(yearId, b);
        Rubric rightRubric = ScenarioRubric.of(right.rubricYaml(), null, scored.rubric()).rubric();
        if (a == null) {
            return Comparison.of(BASELINE, scored.rubric(), scored.result(), right.name(), rightRubric, score(scored, rightRubric));
        }
        ReformScenario left = get(yearId, a);
        Rubric leftRubric = ScenarioRubric.of(left.rubricYaml(), null, scored.rubric()).rubric();
        return Comparison.of(left.name(), leftRubric, score(scored, leftRubric), right.name(), rightRubric,
                score(scored, rightRubric));
    }

    /** The year's facts read against the scenario's rubric (so facts it has no place for are named) and scored. */
    static YearResult score(ScoredYear scored, Rubric rubric) {
        byte[] document = ScoringInputWriter.write(scored.input()).getBytes(StandardCharsets.UTF_8);
        ScoringInput input;
        try {
            input = ScoringDocumentReader.readInstead(new ByteArrayInputStream(document), rubric);
        } catch (InvalidDocumentException e) {
            throw new ScenarioRefused(e.problems().stream().map(Reform::factProblem).toList());
        }
        return new ScoringEngine(rubric).score(input);
    }

    private static ScenarioProblem factProblem(String line) {
        String[] parts = line.split(": ");
        String field = parts.length >= 3 ? parts[1] : parts.length == 2 ? parts[0] : "rubric";
        return new ScenarioProblem(field, "本年度数据", "方案细则中没有本年度数据用到的项目、等级、分项或扣分项，请保留它们");
    }

    static List<ScenarioProblem> problems(Refusal refusal) {
        return refusal instanceof ScenarioRefused scenario ? scenario.problems()
                : List.of(new ScenarioProblem(refusal.field(), "", refusal.reason()));
    }
}
