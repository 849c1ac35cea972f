package com.xingping.results;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.xingping.audit.AuditLog;
import com.xingping.identity.CurrentUser;
import com.xingping.kernel.Paging;
import com.xingping.kernel.Refusal;
import com.xingping.scorecard.StandingsRebuild;
import com.xingping.sheet.SheetDownload;
import com.xingping.sheet.Watermark;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/**
 * The results pages: the year's draft and versions at /results, a version (or the draft) at
 * /results/{ref}, what moved at /results/{ref}/diff, a unit's explainable scorecard at
 * /results/{ref}/units/{unitId} (a reporter's own: /results/mine), their .xlsx exports,
 * publishing and its progress.
 */
@Controller
@RequestMapping("/results")
class ResultsPages {
    private final Results results;
    private final NoticeDesk notices;
    private final YearRegistry years;
    private final StandingsRebuild standings;
    private final AuditLog audit;
    private final Clock clock;

    ResultsPages(Results results, NoticeDesk notices, YearRegistry years, StandingsRebuild standings, AuditLog audit,
                 Clock clock) {
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
        this.results = results;
        this.years = years;
        this.standings = standings;
    }

    @GetMapping
    String home(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long yearId,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        model.addAttribute("home", results.home(user, yearId, Paging.of(page, size)));
        model.addAttribute("noticeView", notices.view(user, results.year(yearId), null).orElse(null));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("years", years.all());
        return "results/home";
    }

    /** A reporter's own unit in the latest published version; everyone else's year of results. */
    @GetMapping("/mine")
    String mine(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long yearId, Model model) {
        AssessmentYear year = results.year(yearId);
        return results.mine(user, year).map(mine -> "redirect:" + mine).orElseGet(() -> {
            model.addAttribute("year", year);
            return "results/unpublished";
        });
    }

    @GetMapping("/{ref}")
    String edition(@AuthenticationPrincipal CurrentUser user, @PathVariable String ref,
                   @RequestParam(required = false) Long yearId, @RequestParam(required = false) Integer page,
                   @RequestParam(required = false) Integer size, Model model) {
        model.addAttribute("page", results.page(user, yearId, ref, Paging.of(page, size)));
        return "results/edition";
    }

    @GetMapping("/{ref}/diff")
    String diff(@AuthenticationPrincipal CurrentUser user, @PathVariable String ref,
                @RequestParam(required = false) Long yearId, @RequestParam(required = false) Integer against,
                Model model) {
        model.addAttribute("diff", results.diff(user, yearId, ref, against));
        return "results/diff";
    }

    @GetMapping("/{ref}/units/{unitId}")
    String unit(@AuthenticationPrincipal CurrentUser user, @PathVariable String ref, @PathVariable Long unitId,
                @RequestParam(required = false) Long yearId, Model model) {
        UnitSheet sheet = results.unit(user, yearId, ref, unitId);
        model.addAttribute("sheet", sheet);
        model.addAttribute("noticeView", notices.view(user, results.year(yearId), unitId).orElse(null));
        model.addAttribute("radarJson", Charts.radar(sheet));
        model.addAttribute("activityJson", Charts.activity(sheet.activity()));
        return "results/unit";
    }

    @GetMapping("/{ref}/export.xlsx")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @PathVariable String ref,
                                  @RequestParam(required = false) Long yearId) {
        Results.EditionPage page = results.page(user, yearId, ref);
        audit.recordAccess("results.exported", "year", page.head().yearId(), Map.of("edition", ref));
        return SheetDownload.of(Downloads.resultsName(page.head()), ResultsWorkbook.of(page.head(), page.table(), mark(user)));
    }

    @GetMapping("/{ref}/units/{unitId}/export.xlsx")
    ResponseEntity<byte[]> exportUnit(@AuthenticationPrincipal CurrentUser user, @PathVariable String ref,
                                      @PathVariable Long unitId, @RequestParam(required = false) Long yearId) {
        UnitSheet sheet = results.unit(user, yearId, ref, unitId);
        audit.recordAccess("scorecard.exported", "unit", unitId, Map.of("year", sheet.head().year(), "edition", ref));
        return SheetDownload.of(Downloads.scorecardName(sheet), ScorecardWorkbook.of(sheet, mark(user)));
    }

    @PostMapping("/publish")
    String publish(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long yearId,
                   @RequestParam(required = false) Integer expectedLatest, @RequestParam(required = false) String note,
                   @RequestParam(required = false) String progressId, RedirectAttributes redirect) {
        try {
            Edition published = results.publish(user, yearId, expectedLatest, note, progressId);
            redirect.addFlashAttribute("notice", "已发布 " + published.year().year() + " 年度结果第 "
                    + published.version() + " 版（" + published.standings().units().size() + " 个单位）。此版本已冻结。");
            return "redirect:/results/" + published.version() + "?yearId=" + published.year().id();
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("problem", refusal.reason());
            return "redirect:/results" + (yearId == null ? "" : "?yearId=" + yearId);
        }
    }

    /** Rebuilds the year's live standings from the records (administrators; audited), e.g. after a repair by hand. */
    @PostMapping("/rescore")
    String rescore(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long yearId,
                   RedirectAttributes redirect) {
        ResultsAccess.requireReader(user);
        AssessmentYear year = results.year(yearId);
        int units = standings.rebuild(year);
        redirect.addFlashAttribute("notice", "已按记录、名册和工委录入重新计算 " + year.year() + " 年度 " + units
                + " 个单位的实时得分。");
        return "redirect:/results?yearId=" + year.id();
    }

    @GetMapping("/progress/{id}")
    String progress(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
        ResultsAccess.requireReader(user);
        model.addAttribute("task", results.progress(id));
        return "results/progress :: bar";
    }

    private Watermark mark(CurrentUser user) {
        return Watermark.of(user, clock);
    }
}
