package com.xingping.scorecard;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.xingping.identity.CurrentUser;
import com.xingping.kernel.Paging;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "scorecards", description = "实时得分 / live scorecards from approved records and rosters")
class ScorecardApi {
    private final Scorecards scorecards;

    ScorecardApi(Scorecards scorecards) {
        this.scorecards = scorecards;
    }

    @GetMapping("/scorecards")
    @Operation(summary = "The active units' running totals and stars, best first, a page at a time: units.items, "
            + "units.total (committee and leaders)")
    Overview overview(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long yearId,
                      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return scorecards.overview(user, yearId, Paging.of(page, size));
    }

    @GetMapping("/units/{unitId}/scorecard")
    @Operation(summary = "A unit's live scorecard: points per star and element, the records behind them, "
            + "explanations and what is still open (a reporter: own unit only)")
    Scorecard scorecard(@AuthenticationPrincipal CurrentUser user, @PathVariable Long unitId,
                        @RequestParam(required = false) Long yearId) {
        return scorecards.of(user, unitId, yearId);
    }
}
