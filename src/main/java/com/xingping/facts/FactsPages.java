package com.xingping.facts;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.xingping.identity.CurrentUser;
import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;
import com.xingping.kernel.Refusal;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearChoice;
import com.xingping.year.YearRegistry;

/**
 * The committee's pages: /facts (every unit), /facts/units/{id} (a unit's facts as the notice groups
 * them, with a form for each kind), /facts/{kind}/{id}/edit (change or withdraw one, with its history)
 * and /facts/conduct (the year's 行风评议, and the committee's official standings of it). A refused form is shown again with the reason beside its field.
 */
@Controller
@RequestMapping("/facts")
class FactsPages {
    private final CommitteeDesk desk;
    private final CommitteeBook book;
    private final YearChoice yearChoice;
    private final YearRegistry years;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final FactViews text;
    private final Clock clock;
    private final OfficialConductDesk official;

    FactsPages(CommitteeDesk desk, CommitteeBook book, YearChoice yearChoice, YearRegistry years, FactViews text, Clock clock,
               OfficialConductDesk official) {
        this.official = official;
        this.desk = desk;
        this.book = book;
        this.yearChoice = yearChoice;
        this.years = years;
        this.text = text;
        this.clock = clock;
    }

    @GetMapping
    String overview(@RequestParam(required = false) Long yearId, @RequestParam(required = false) String q,
                    @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        AssessmentYear year = yearChoice.of(yearId);
        PageOf<CommitteeBook.UnitSummary> shown = book.overview(year, q, Paging.of(page, size));
        model.addAttribute("page", shown);
        model.addAttribute("units", shown.items());
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("year", year);
        model.addAttribute("years", years.all());
        return "facts/overview";
    }

    @GetMapping("/units/{unitId}")
    String unit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long unitId,
                @RequestParam(required = false) Long yearId, Model model) {
        model.addAttribute("facts", book.unit(user, unitId, yearId));
        model.addAttribute("years", years.all());
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", Map.of());
            model.addAttribute("failed", "");
        }
        return "facts/unit";
    }

    @PostMapping("/units/{unitId}/{kind}")
    String enter(@AuthenticationPrincipal CurrentUser user, @PathVariable Long unitId, @PathVariable String kind,
                 @RequestParam(required = false) Long yearId, @RequestParam Map<String, String> fields, Model model,
                 RedirectAttributes redirect) {
        FactKind factKind = FactKind.bySlug(kind);
        try {
            CommitteeFact fact = desk.enter(user, unitId, yearId, factKind, FactForm.fromPage(fields));
            redirect.addFlashAttribute("notice", text.text("facts.notice.entered", book.fact(factKind, fact.id()).title()));
            return "redirect:/facts/units/" + unitId + "?yearId=" + fact.yearId() + "#" + kind;
        } catch (Refusal refusal) {
            model.addAttribute("refusal", refusal);
            model.addAttribute("failed", fields.getOrDefault("formKey", kind));
            model.addAttribute("entered", fields);
            return unit(user, unitId, yearId, model);
        }
    }

    @GetMapping("/{kind}/{id}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable String kind, @PathVariable Long id,
                    Model model) {
        FactView fact = book.fact(FactKind.bySlug(kind), id);
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", fields(fact));
        }
        return edit(user, fact, model);
    }

    @PostMapping("/{kind}/{id}")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable String kind, @PathVariable Long id,
                @RequestParam Map<String, String> fields, Model model, RedirectAttributes redirect) {
        FactKind factKind = FactKind.bySlug(kind);
        try {
            CommitteeFact fact = desk.edit(user, factKind, id, FactForm.fromPage(fields));
            redirect.addFlashAttribute("notice", text.text("facts.notice.edited", book.fact(factKind, id).title()));
            return "redirect:/facts/units/" + fact.unitId() + "?yearId=" + fact.yearId() + "#" + kind;
        } catch (Refusal refusal) {
            model.addAttribute("refusal", refusal);
            model.addAttribute("failed", "edit");
            model.addAttribute("entered", fields);
            return edit(user, book.fact(factKind, id), model);
        }
    }

    @PostMapping("/{kind}/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable String kind, @PathVariable Long id,
                    @RequestParam(required = false) String reason, @RequestParam(required = false) Integer version,
                    Model model, RedirectAttributes redirect) {
        FactKind factKind = FactKind.bySlug(kind);
        try {
            CommitteeFact fact = desk.withdraw(user, factKind, id, reason, version);
            redirect.addFlashAttribute("notice", text.text("facts.notice.withdrawn", book.fact(factKind, id).title()));
            return "redirect:/facts/units/" + fact.unitId() + "?yearId=" + fact.yearId();
        } catch (Refusal refusal) {
            FactView fact = book.fact(factKind, id);
            model.addAttribute("refusal", refusal);
            model.addAttribute("failed", "withdraw");
            model.addAttribute("entered", fields(fact));
            model.addAttribute("withdrawReason", reason);
            return edit(user, fact, model);
        }
    }

    @GetMapping("/conduct")
    String conduct(@RequestParam(required = false) Long yearId, @RequestParam(required = false) Integer page,
                   @RequestParam(required = false) Integer size, Model model) {
        model.addAttribute("table", book.conduct(yearId, Paging.of(page, size)));
        model.addAttribute("years", years.all());
        return "facts/conduct";
    }

    @PostMapping("/conduct/official")
    String enterOfficial(@AuthenticationPrincipal CurrentUser user, @RequestParam Long yearId,
                         @RequestParam(required = false) java.math.BigDecimal mean,
                         @RequestParam(required = false) List<String> bottom,
                         @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                                 iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate date,
                         @RequestParam(required = false) String reference, @RequestParam(required = false) String reason,
                         RedirectAttributes redirect) {
        try {
            official.enter(user, yearId, new OfficialConductDesk.Form(mean, bottom, date, reference, reason));
            redirect.addFlashAttribute("notice", text.text("facts.official.entered"));
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("refusal", refusal);
        }
        return "redirect:/facts/conduct?yearId=" + yearId + "#official";
    }

    @PostMapping("/conduct/official/{id}/withdraw")
    String withdrawOfficial(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam Long yearId,
                            @RequestParam(required = false) String reason, @RequestParam(required = false) Integer version,
                            RedirectAttributes redirect) {
        try {
            official.withdraw(user, id, reason, version);
            redirect.addFlashAttribute("notice", text.text("facts.official.withdrawn"));
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("refusal", refusal);
        }
        return "redirect:/facts/conduct?yearId=" + yearId + "#official";
    }

    private String edit(CurrentUser user, FactView fact, Model model) {
        UnitFactsView facts = book.unit(user, fact.unitId(), fact.yearId());
        UnitFactsView.StarGroup star = facts.stars().stream().filter(s -> s.id().equals(fact.starId())).findFirst()
                .orElse(null);
        model.addAttribute("fact", fact);
        model.addAttribute("facts", facts);
        model.addAttribute("star", star);
        model.addAttribute("max", star == null ? null : star.assessed().stream()
                .filter(a -> a.elementId().equals(fact.elementId())).map(a -> a.max().toPlainString()).findFirst().orElse(null));
        model.addAttribute("history", book.history(FactKind.bySlug(fact.kind()), fact.id()).stream()
                .map(e -> new HistoryLine(TIME.format(e.at().atZone(clock.getZone())), e.action(), e.actor(),
                        e.beforeState(), e.afterState())).toList());
        if (!model.containsAttribute("failed")) {
            model.addAttribute("failed", "");
        }
        return "facts/edit";
    }

    /** One line of a fact's audit trail as the edit page shows it. */
    record HistoryLine(String at, String action, String actor, String beforeState, String afterState) {
    }

    /** The fields each kind's form shows (a refusal of another field is shown above the form). */
    @ModelAttribute("shownFields")
    Map<String, List<String>> shownFields() {
        List<String> common = List.of("date", "reference", "reason");
        Map<String, List<String>> shown = new HashMap<>();
        shown.put("assessed", List.of("score"));
        shown.put("penalties", List.of("elementId", "penaltyId", "times"));
        shown.put("baselines", List.of("baselineId", "points"));
        shown.put("serious", List.of("points"));
        shown.put("performance", List.of("score", "passed"));
        shown.put("commendations", List.of("project", "level"));
        shown.put("innovations", List.of("project", "level", "form"));
        shown.put("pilot", List.of("succeeded"));
        shown.put("inspections", List.of("level"));
        shown.replaceAll((kind, fields) -> Stream.concat(fields.stream(), common.stream()).toList());
        return shown;
    }

    @ModelAttribute("blank")
    Map<String, String> blank() {
        return Map.of();
    }

    /** A fact's values as the edit form's fields. */
    static Map<String, String> fields(FactView f) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "elementId", f.elementId());
        put(fields, "penalty", f.penaltyId() == null ? null : f.elementId() + "/" + f.penaltyId());
        put(fields, "times", f.times());
        put(fields, "baselineId", f.baselineId());
        put(fields, "score", f.score() == null ? null : f.score().toPlainString());
        put(fields, "points", f.points() == null ? null : f.points().toPlainString());
        put(fields, "aspect", f.aspect());
        put(fields, "passed", f.passed());
        put(fields, "project", f.project());
        put(fields, "level", f.level());
        put(fields, "form", f.form());
        put(fields, "succeeded", f.succeeded());
        put(fields, "period", f.period());
        put(fields, "date", f.date());
        put(fields, "reference", f.reference());
        put(fields, "reason", f.reason());
        put(fields, "version", f.version());
        return new HashMap<>(fields);
    }

    private static void put(Map<String, String> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, value.toString());
        }
    }
}
