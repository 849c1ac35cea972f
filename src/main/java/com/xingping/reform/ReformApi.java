package com.xingping.reform;

import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.xingping.identity.CurrentUser;
import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/years/{yearId}/reform")
@Tag(name = "reform", description = "规则推演 / reform simulation (admins and reviewers; leaders read saved scenarios and "
        + "comparisons): a copy of the year's rubric with changes, scored over the year's facts as they stand")
class ReformApi {
    private final Reform reform;

    ReformApi(Reform reform) {
        this.reform = reform;
    }

    /**
     * A scenario: {@code rubric} is the whole rubric YAML (left out: a copy of the year's rubric) and
     * {@code changes} the numbers changed on top of it (left out: none).
     */
    record ScenarioRequest(String rubric, ScenarioChanges changes) {
    }

    record SaveRequest(String name, String note, String rubric, ScenarioChanges changes) {
    }

    record ScenarioSummary(Long id, String name, String note, String author, Instant createdAt) {
        static ScenarioSummary of(ReformScenario s) {
            return new ScenarioSummary(s.id(), s.name(), s.note(), s.author(), s.createdAt());
        }
    }

    record ScenarioView(Long id, Long yearId, String name, String note, String author, Instant createdAt, String rubric) {
        static ScenarioView of(ReformScenario s) {
            return new ScenarioView(s.id(), s.yearId(), s.name(), s.note(), s.author(), s.createdAt(), s.rubricYaml());
        }
    }

    @PostMapping("/simulate")
    @Operation(summary = "Score the year's facts under a scenario and compare with the year's rubric (admin, reviewer)",
            description = "Nothing is saved. changes: starThreshold (a share of each star's points), bonusCap, conductVetoBottom, "
                    + "conductVetoTies (pass or fail), falsificationMultiplier, elements {id: {max, each}}; a changed max moves its "
                    + "criterion's, star's and the rubric's points alike. A bad scenario is 400 problem+json with one errors entry "
                    + "per problem: field (as the rubric file names it), label and reason in zh-CN.")
    Reform.Simulation simulate(@PathVariable Long yearId, @RequestBody ScenarioRequest request) {
        return reform.simulate(yearId, request.rubric(), request.changes(), null);
    }

    @PostMapping("/scenarios")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save a scenario (admin, reviewer; audited)",
            description = "name (1-100 characters), note (up to 2000), rubric and changes as for simulate; saved only when it scores.")
    ScenarioView save(@AuthenticationPrincipal CurrentUser user, @PathVariable Long yearId, @RequestBody SaveRequest request) {
        return ScenarioView.of(reform.save(user, yearId, request.name(), request.note(), request.rubric(), request.changes()));
    }

    @GetMapping("/scenarios")
    @Operation(summary = "The year's saved scenarios, newest first (page from 1, size 1-200, default 50)")
    PageOf<ScenarioSummary> list(@PathVariable Long yearId, @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        return reform.list(yearId, Paging.of(page, size)).with(items -> items.stream().map(ScenarioSummary::of).toList());
    }

    @GetMapping("/scenarios/{id}")
    @Operation(summary = "One saved scenario with its rubric YAML")
    ScenarioView get(@PathVariable Long yearId, @PathVariable Long id) {
        return ScenarioView.of(reform.get(yearId, id));
    }

    @GetMapping("/compare")
    @Operation(summary = "Compare saved scenario b with scenario a, or with the year's rubric when a is left out",
            description = "Both scored over the year's facts as they stand: counts (each star, each number of stars, 党建优, 业绩优, "
                    + "双优, 先进) on both sides and every unit whose stars, standing, total or rank moved.")
    Comparison compare(@PathVariable Long yearId, @RequestParam(required = false) Long a, @RequestParam Long b) {
        return reform.compare(yearId, a, b);
    }

    @ExceptionHandler(ScenarioRefused.class)
    ProblemDetail refused(ScenarioRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                String.join("\n", e.problems().stream().map(ScenarioProblem::line).toList()));
        problem.setTitle("Bad request");
        problem.setProperty("errors", e.problems().stream().map(p -> new ProblemEntry(p.field(), p.label(), p.reason())).toList());
        return problem;
    }

    record ProblemEntry(String field, String label, String reason) {
    }
}
