package com.xingping.results;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.xingping.identity.CurrentUser;
import com.xingping.year.YearRegistry;

/** The leaders' and committee's dashboard: the year at a glance. */
@Controller
class DashboardPage {
    private final Results results;
    private final YearRegistry years;

    DashboardPage(Results results, YearRegistry years) {
        this.results = results;
        this.years = years;
    }

    @GetMapping("/dashboard")
    String dashboard(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long yearId,
                     Model model) {
        model.addAttribute("board", results.dashboard(user, yearId));
        model.addAttribute("years", years.all());
        return "results/dashboard";
    }
}
