package com.xingping.scorecard;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.xingping.identity.CurrentUser;
import com.xingping.kernel.Paging;
import com.xingping.year.YearRegistry;

/** The scorecard pages: a reporter's own at /scorecard, any unit's at /scorecards/{id}, the overview at /scorecards. */
@Controller
class ScorecardController {
    private final Scorecards scorecards;
    private final YearRegistry years;

    ScorecardController(Scorecards scorecards, YearRegistry years) {
        this.scorecards = scorecards;
        this.years = years;
    }

    @GetMapping("/scorecard")
    String own(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long yearId, Model model) {
        if (user.unitId() == null) {
            return "redirect:/scorecards";
        }
        return card(user, user.unitId(), yearId, model);
    }

    @GetMapping("/scorecards/{unitId}")
    String card(@AuthenticationPrincipal CurrentUser user, @PathVariable Long unitId,
                @RequestParam(required = false) Long yearId, Model model) {
        Scorecard card = scorecards.of(user, unitId, yearId);
        model.addAttribute("card", card);
        model.addAttribute("rubric", years.rubricOf(years.get(card.yearId())));
        model.addAttribute("years", years.all());
        return "scorecard/card";
    }

    @GetMapping("/scorecards")
    String overview(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long yearId,
                    @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        model.addAttribute("overview", scorecards.overview(user, yearId, Paging.of(page, size)));
        model.addAttribute("years", years.all());
        return "scorecard/overview";
    }
}
