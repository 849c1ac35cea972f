package com.xingping.rubrics;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.xingping.identity.CurrentUser;
import com.xingping.scoring.cases.CaseTables;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/rubrics")
@Tag(name = "rubrics", description = "评价细则 / stored rubrics (committee admin): drafts, problems, diff, case tables, issuing")
class RubricApi {
    private final RubricDesk desk;

    RubricApi(RubricDesk desk) {
        this.desk = desk;
    }

    /** A stored rubric without its text; {@code rubricVersion} is set once issued, {@code version} is the row's (send it back to edit). */
    record RubricSummary(Long id, String rubricId, Integer rubricVersion, String sha256, String state, Long draftedFrom,
                         String storedBy, Instant storedAt, String issuedBy, Instant issuedAt, Integer version) {
        static RubricSummary of(StoredRubric row) {
            return new RubricSummary(row.id(), row.rubricId(), row.rubricVersion(), row.sha256(), row.state().name(), row.draftedFrom(),
                    row.storedBy(), row.storedAt(), row.issuedBy(), row.issuedAt(), row.version());
        }
    }

    /** A stored rubric with its exact YAML text; {@code sha256} is the SHA-256 of that text in UTF-8. */
    record RubricText(RubricSummary rubric, String yaml) {
        static RubricText of(StoredRubric row) {
            return new RubricText(RubricSummary.of(row), row.yamlText());
        }
    }

    record NewDraft(Long from) {
    }

    record DraftEdit(String yaml, Integer version) {
    }

    record Issue(Integer version) {
    }

    record TestRun(long passed, long failed, long notRun, List<CaseTables.Outcome> outcomes) {
        static TestRun of(List<CaseTables.Outcome> outcomes) {
            return new TestRun(count(outcomes, CaseTables.Verdict.PASSED), count(outcomes, CaseTables.Verdict.FAILED),
                    count(outcomes, CaseTables.Verdict.NOT_RUN), outcomes);
        }

        private static long count(List<CaseTables.Outcome> outcomes, CaseTables.Verdict verdict) {
            return outcomes.stream().filter(o -> o.verdict() == verdict).count();
        }
    }

    @GetMapping
    @Operation(summary = "Every stored rubric, drafts and issued, newest first")
    List<RubricSummary> list() {
        return desk.all().stream().map(RubricSummary::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A stored rubric's exact YAML text and its SHA-256")
    RubricText get(@PathVariable Long id) {
        return RubricText.of(desk.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft a rubric from a stored one (its text copied); 400 names `from` when there is no such rubric")
    RubricText draft(@AuthenticationPrincipal CurrentUser user, @RequestBody NewDraft request) {
        return RubricText.of(desk.draft(user, request.from()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a draft's YAML text (saved even with problems; see /problems); 409 once issued or when `version` is stale")
    RubricText update(@PathVariable Long id, @RequestBody DraftEdit request) {
        return RubricText.of(desk.update(id, request.yaml(), request.version()));
    }

    @GetMapping("/{id}/problems")
    @Operation(summary = "Every problem the rubric loader finds in the text: the field, its line and the reason in zh-CN; empty when it loads")
    List<RubricProblems.Problem> problems(@PathVariable Long id) {
        return desk.problems(desk.get(id));
    }

    @GetMapping("/{id}/elements")
    @Operation(summary = "The rubric's elements as a table (star, criterion, id, name, kind, max, each, threshold, levels, parts, penalties)")
    List<ElementRows.Row> elements(@PathVariable Long id) {
        return desk.elements(desk.get(id));
    }

    @GetMapping("/{id}/diff")
    @Operation(summary = "What the rubric changes against the one it was drafted from: heading, policy, stars, element by element, bonus")
    List<RubricDiff.Change> diff(@PathVariable Long id) {
        return desk.diff(desk.get(id));
    }

    @PostMapping("/{id}/tests")
    @Operation(summary = "Run the shipped rubric case tables against the rubric; 400 names `yaml` while the text has problems")
    TestRun tests(@PathVariable Long id) {
        return TestRun.of(desk.runCases(desk.get(id)));
    }

    @PostMapping("/{id}/issue")
    @Operation(summary = "Issue a draft: frozen with the next version number under its rubric id; 400 names `yaml` while it has problems")
    RubricText issue(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestBody(required = false) Issue request) {
        return RubricText.of(desk.issue(user, id, request == null ? null : request.version()));
    }
}
