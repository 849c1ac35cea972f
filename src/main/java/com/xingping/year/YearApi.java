package com.xingping.year;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/years")
@Tag(name = "years", description = "考评年度 / assessment years")
class YearApi {
    private final Years years;
    private final YearRegistry registry;

    YearApi(Years years, YearRegistry registry) {
        this.years = years;
        this.registry = registry;
    }

    /** Either an issued stored rubric ({@code storedRubricId}, see /api/v1/rubrics) or a rubric id (its latest issued version). */
    record OpenYear(String rubricId, Long storedRubricId) {
    }

    @GetMapping
    List<AssessmentYear> list() {
        return years.findAllByOrderByYearDesc();
    }

    @GetMapping("/{id}")
    AssessmentYear get(@PathVariable Long id) {
        return registry.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a year on an issued stored rubric (committee admin); the rubric fixes the window and scores the year")
    AssessmentYear open(@RequestBody OpenYear request) {
        return request.storedRubricId() == null && request.rubricId() != null
                ? registry.open(request.rubricId()) : registry.open(request.storedRubricId());
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close a year: read-only for everyone from then on")
    AssessmentYear close(@PathVariable Long id) {
        return registry.close(id);
    }
}
