package com.xingping.results;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.xingping.identity.CurrentUser;
import com.xingping.year.AssessmentYear;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/results")
@Tag(name = "results", description = "年度结果：草稿、发布的版本（冻结快照）、差异 / the year's results: draft, published versions, diffs")
class ResultsApi {
    private static final String REF = "draft, or a published version number";
    private final Results results;

    ResultsApi(Results results) {
        this.results = results;
    }

    record VersionList(Long yearId, int year, Integer latest, List<Editions.Version> versions) {
    }

    record PublishRequest(Long yearId, Integer expectedLatest, String note) {
    }

    record PublishedVersion(Long yearId, int year, int version, String rubricId, int units, String publishedBy,
                            Instant publishedAt) {
    }

    @GetMapping
    @Operation(summary = "The year's published versions, newest first (committee and leaders)")
    VersionList versions(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long yearId) {
        List<Editions.Version> versions = results.versions(user, yearId);
        AssessmentYear year = results.year(yearId);
        return new VersionList(year.id(), year.year(), versions.isEmpty() ? null : versions.get(0).version(), versions);
    }

    @GetMapping(value = "/{ref}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "An edition's output document (docs/scoring-io.md, with explanations): the draft scored "
            + "now, or a published version exactly as frozen (committee and leaders)")
    String output(@AuthenticationPrincipal CurrentUser user, @Parameter(description = REF) @PathVariable String ref,
                  @RequestParam(required = false) Long yearId) {
        return results.output(user, yearId, ref);
    }

    @GetMapping(value = "/{ref}/input", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "An edition's input document: the rubric id, the year and every unit's facts it was scored "
            + "from; `xingping.jar score --explain` on it gives the output document (committee and leaders)")
    String input(@AuthenticationPrincipal CurrentUser user, @Parameter(description = REF) @PathVariable String ref,
                 @RequestParam(required = false) Long yearId) {
        return results.input(user, yearId, ref);
    }

    @GetMapping("/{ref}/diff")
    @Operation(summary = "What moved, unit by unit, since the previous version (for the draft: the latest "
            + "published), or since version `against`")
    Results.DiffPage diff(@AuthenticationPrincipal CurrentUser user, @Parameter(description = REF) @PathVariable String ref,
                          @RequestParam(required = false) Long yearId, @RequestParam(required = false) Integer against) {
        return results.diff(user, yearId, ref, against);
    }

    @GetMapping("/{ref}/units/{unitId}")
    @Operation(summary = "One unit's explainable scorecard in an edition (a reporter: their own unit of a published "
            + "version only)")
    UnitSheet unit(@AuthenticationPrincipal CurrentUser user, @Parameter(description = REF) @PathVariable String ref,
                   @PathVariable Long unitId, @RequestParam(required = false) Long yearId) {
        return results.unit(user, yearId, ref, unitId);
    }

    @PostMapping("/publish")
    @Operation(summary = "Publish the year's draft as its next version (administrators). With expectedLatest, "
            + "refused with 409 when another version was published meanwhile")
    ResponseEntity<PublishedVersion> publish(@AuthenticationPrincipal CurrentUser user,
                                             @RequestBody(required = false) PublishRequest request) {
        PublishRequest asked = request == null ? new PublishRequest(null, null, null) : request;
        Edition published = results.publish(user, asked.yearId(), asked.expectedLatest(), asked.note(), null);
        PublishedVersion body = new PublishedVersion(published.year().id(), published.year().year(),
                published.version(), published.rubricId(), published.standings().units().size(),
                published.publishedBy(), published.publishedAt());
        return ResponseEntity.created(URI.create("/api/v1/results/" + published.version() + "?yearId="
                + published.year().id())).body(body);
    }
}
