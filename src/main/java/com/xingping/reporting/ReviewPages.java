package com.xingping.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.xingping.identity.CurrentUser;
import com.xingping.kernel.NotFound;
import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;
import com.xingping.kernel.Refusal;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitDirectory;
import com.xingping.unit.UnitRegistry;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/** The committee's review pages: the filtered queue with bulk approval, and one record beside its evidence. */
@Controller
@RequestMapping("/review")
class ReviewPages {
    private final ReviewDesk desk;
    private final ReviewRecords reviewRecords;
    private final RecordViews views;
    private final YearRegistry years;
    private final UnitRegistry units;
    private final UnitDirectory directory;
    private final PageText text;
    private final List<RecordFlags> flags;

    ReviewPages(ReviewDesk desk, ReviewRecords reviewRecords, RecordViews views, YearRegistry years, UnitRegistry units,
                UnitDirectory directory, PageText text, List<RecordFlags> flags) {
        this.desk = desk;
        this.reviewRecords = reviewRecords;
        this.views = views;
        this.years = years;
        this.units = units;
        this.directory = directory;
        this.text = text;
        this.flags = flags;
    }

    /**
     * The queue under a filter. The unit comes as {@code unitId} from links that keep the filter, or as
     * {@code unit}, the code or name the reviewer typed in the filter form.
     */
    @GetMapping
    String queue(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String unit,
                 @RequestParam(required = false) String star,
                 @RequestParam(required = false) String elementId, @RequestParam(required = false) String state,
                 @RequestParam(required = false) String sort, @RequestParam(required = false) String q,
                 @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        AssessmentYear year;
        try {
            year = years.current();
        } catch (NotFound noOpenYear) {
            model.addAttribute("filter", ReviewFilter.of(null, unitId, star, elementId, state, sort, q));
            model.addAttribute("problem", text.get("records.noOpenYear"));
            model.addAttribute("rows", List.of());
            return "reporting/review-queue";
        }
        model.addAttribute("year", year);
        model.addAttribute("choices", ElementChoices.of(years.rubricOf(year)));
        model.addAttribute("states", ReviewFilter.states());
        model.addAttribute("orders", ReviewOrder.values());
        Optional<Unit> chosen;
        try {
            chosen = unit == null ? Optional.ofNullable(unitId).flatMap(units::find) : directory.require("unit", unit);
        } catch (Refusal refusal) {
            model.addAttribute("filter", ReviewFilter.of(null, null, star, elementId, state, sort, q));
            model.addAttribute("unitText", unit.strip());
            model.addAttribute("refusal", refusal);
            model.addAttribute("rows", List.of());
            return "reporting/review-queue";
        }
        ReviewFilter filter = ReviewFilter.of(null, chosen.map(Unit::id).orElse(null), star, elementId, state, sort, q);
        model.addAttribute("filter", filter);
        model.addAttribute("unitText", chosen.map(Unit::code).orElse(""));
        PageOf<RecordView> rows = desk.queue(filter, Paging.of(page, size)).with(views::of);
        model.addAttribute("page", rows);
        model.addAttribute("rows", rows.items());
        return "reporting/review-queue";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, @RequestParam(required = false) Long unitId, @RequestParam(required = false) String star,
                @RequestParam(required = false) String elementId, @RequestParam(required = false) String state,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String q, Model model) {
        ReviewRecord review = reviewRecords.of(id);
        RecordView record = review.record();
        model.addAttribute("record", record);
        model.addAttribute("standing", review.standing());
        model.addAttribute("others", review.others());
        model.addAttribute("flags", flags.stream().flatMap(f -> f.of(record.id(), record.yearId()).stream()).toList());
        model.addAttribute("flagsProgress", flags.stream().flatMap(f -> f.progress().stream()).toList());
        model.addAttribute("othersFilter", ReviewFilter.of(null, record.unitId(), null, record.elementId(), "ALL", "ACTIVITY"));
        model.addAttribute("filter", ReviewFilter.of(null, unitId, star, elementId, state, sort, q));
        model.addAttribute("yearOpen", years.get(record.yearId()).isOpen());
        return "reporting/review-record";
    }

    /**
     * After a decision the desk opens the next record awaiting one inside the reviewer's filter (the
     * longest waiting), or the filtered queue when none is left; never a record outside the filter.
     */
    @PostMapping("/{id}/decision")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam String decision,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) Integer version,
                  @RequestParam(required = false) Long unitId, @RequestParam(required = false) String star,
                  @RequestParam(required = false) String elementId, @RequestParam(required = false) String state,
                  @RequestParam(required = false) String sort, @RequestParam(required = false) String q,
                  RedirectAttributes redirect) {
        ReviewFilter filter = ReviewFilter.of(null, unitId, star, elementId, state, sort, q);
        try {
            ActivityRecord record = switch (decision) {
                case "approve" -> desk.approve(user, id, version);
                case "return" -> desk.returnForChanges(user, id, reason, version);
                case "reject" -> desk.reject(user, id, reason, version);
                default -> throw new Refusal("decision", text.get("review.unknownDecision", decision));
            };
            redirect.addFlashAttribute("notice", text.get("review.notice." + decision, record.id(), record.title()));
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("problem", refusal.reason());
            redirect.addFlashAttribute("reason", reason);
            return "redirect:/review/" + id + "?" + filter.query();
        }
        return desk.next(filter, id).map(next -> "redirect:/review/" + next.id() + "?" + filter.query())
                .orElse("redirect:/review?" + filter.query());
    }

    @PostMapping("/{id}/falsify")
    String falsify(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                   @RequestParam(required = false) String reason, @RequestParam(required = false) Integer version,
                   @RequestParam(required = false) Long unitId, @RequestParam(required = false) String star,
                   @RequestParam(required = false) String elementId, @RequestParam(required = false) String state,
                   @RequestParam(required = false) String sort, @RequestParam(required = false) String q,
                   RedirectAttributes redirect) {
        try {
            ActivityRecord record = desk.markFalsified(user, id, reason, version);
            redirect.addFlashAttribute("notice", text.get("review.notice.falsified", record.id(), record.title()));
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("problem", refusal.reason());
        }
        return "redirect:/review/" + id + "?" + ReviewFilter.of(null, unitId, star, elementId, state, sort, q).query();
    }

    /** First asks to confirm, showing how many and which; approves them all in one step only once confirmed. */
    @PostMapping("/bulk-approve")
    String bulkApprove(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "ids", required = false) List<Long> ids,
                       @RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("problem", text.get("review.bulk.noneChosen"));
            return "redirect:/review";
        }
        if (!confirmed) {
            List<RecordView> rows = views.of(ids.stream().distinct().map(desk::record).toList());
            model.addAttribute("rows", rows);
            model.addAttribute("allSubmitted", rows.stream().allMatch(r -> r.state() == RecordState.SUBMITTED));
            return "reporting/bulk-confirm";
        }
        try {
            redirect.addFlashAttribute("notice", text.get("review.notice.bulk", desk.bulkApprove(user, ids).size()));
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("problem", refusal.reason());
        }
        return "redirect:/review";
    }
}
