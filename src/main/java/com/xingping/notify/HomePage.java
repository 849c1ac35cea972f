package com.xingping.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.xingping.identity.CurrentUser;
import com.xingping.identity.Role;
import com.xingping.kernel.NotFound;
import com.xingping.reporting.RecordCounts;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/** The home page: for the open year, the days left to each deadline and what the user has to do next (counts of their records or of the review backlog). */
@Controller
class HomePage {
    private final YearRegistry years;
    private final RecordCounts counts;
    private final Clock clock;
    private final ZoneId zone;
    private final int waitingDays;

    HomePage(YearRegistry years, RecordCounts counts, Clock clock, @Value("${xingping.time-zone:Asia/Shanghai}") ZoneId zone,
             @Value("${xingping.notify.waiting-days:5}") int waitingDays) {
        this.years = years;
        this.counts = counts;
        this.clock = clock;
        this.zone = zone;
        this.waitingDays = waitingDays;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        AssessmentYear year = openYear();
        if (year != null && user != null) {
            Instant now = Instant.now(clock);
            model.addAttribute("openYear", year);
            model.addAttribute("deadlines", years.dates(year).deadlines(LocalDate.ofInstant(now, zone)));
            if (user.role() == Role.REPORTER) {
                model.addAttribute("mine", counts.ofUnit(year.id(), user.unitId()));
            } else if (user.isCommittee()) {
                model.addAttribute("backlog", counts.backlog(year.id(), now.minus(Duration.ofDays(waitingDays)), now.minus(Duration.ofDays(7))));
                model.addAttribute("waitingDays", waitingDays);
            }
        }
        return "index";
    }

    private AssessmentYear openYear() {
        try {
            return years.current();
        } catch (NotFound none) {
            return null;
        }
    }
}
