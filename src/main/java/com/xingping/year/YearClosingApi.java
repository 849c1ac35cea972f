package com.xingping.year;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.xingping.year.YearWork.OpenWork;
import com.xingping.year.YearWork.Settlement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A year's deadlines and its closing: what is still open, and closing it with the waiting records settled. */
@RestController
@RequestMapping("/api/v1/years/{id}")
@Tag(name = "years", description = "考评年度 / assessment years")
class YearClosingApi {
    private final YearRegistry registry;

    YearClosingApi(YearRegistry registry) {
        this.registry = registry;
    }

    record Closing(AssessmentYear year, List<OpenWork> open, long waiting) {
    }

    record Dates(LocalDate reportingCloses, LocalDate reviewCloses, LocalDate assessmentOn) {
    }

    @GetMapping("/closing")
    @Operation(summary = "What is still open in the year: records waiting for review, drafts, units without a roster")
    Closing closing(@PathVariable Long id) {
        List<OpenWork> open = registry.openWork(id);
        return new Closing(registry.get(id), open, open.stream().filter(OpenWork::settleable).mapToLong(OpenWork::count).sum());
    }

    @PostMapping("/closing")
    @Operation(summary = "Close the year (committee admin); records still waiting are returned or rejected with the one reason, all or nothing")
    YearRegistry.Closed close(@PathVariable Long id, @RequestBody Settlement settlement) {
        return registry.close(id, settlement);
    }

    @GetMapping("/dates")
    @Operation(summary = "The year's deadlines (reporting closes, review closes, the December assessment)")
    YearDates dates(@PathVariable Long id) {
        return registry.dates(registry.get(id));
    }

    @PutMapping("/dates")
    @Operation(summary = "Set the year's deadlines (committee admin)")
    YearDates setDates(@PathVariable Long id, @RequestBody Dates dates) {
        return registry.setDates(id, dates.reportingCloses(), dates.reviewCloses(), dates.assessmentOn());
    }
}
