package com.xingping.year;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.xingping.kernel.Refusal;
import com.xingping.rubrics.StoredRubrics;
import com.xingping.year.YearWork.OpenWork;
import com.xingping.year.YearWork.Settlement;

@Controller
@RequestMapping("/years")
class YearController {
    private final Years years;
    private final YearRegistry registry;
    private final StoredRubrics rubrics;
    private final Clock clock;

    YearController(Years years, YearRegistry registry, StoredRubrics rubrics, Clock clock) {
        this.years = years;
        this.registry = registry;
        this.rubrics = rubrics;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        List<AssessmentYear> all = years.findAllByOrderByYearDesc();
        model.addAttribute("years", all);
        model.addAttribute("dates", all.stream().collect(Collectors.toMap(AssessmentYear::id, registry::dates)));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("rubrics", rubrics.issued());
        Map<Long, StoredRubrics.Issued> rubricOf = new HashMap<>();
        all.stream().filter(year -> year.storedRubricId() != null).forEach(year -> rubricOf.put(year.id(), rubrics.issued(year.storedRubricId())));
        model.addAttribute("rubricOf", rubricOf);
        return "year/list";
    }

    @PostMapping
    String open(@RequestParam(required = false) Long storedRubricId, @RequestParam(required = false) String rubricId,
                RedirectAttributes redirect) {
        try {
            AssessmentYear year = storedRubricId == null && rubricId != null ? registry.open(rubricId) : registry.open(storedRubricId);
            redirect.addFlashAttribute("notice", "已开设 " + year.year() + " 年度（" + year.windowStart() + " 至 " + year.windowEnd() + "）");
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("problem", refusal.reason());
        }
        return "redirect:/years";
    }

    @PostMapping("/{id}/dates")
    String dates(@PathVariable Long id,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportingCloses,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewCloses,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assessmentOn,
                 RedirectAttributes redirect) {
        try {
            registry.setDates(id, reportingCloses, reviewCloses, assessmentOn);
            redirect.addFlashAttribute("notice", "已保存 " + registry.get(id).year() + " 年度的截止日期");
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("problem", refusal.reason());
        }
        return "redirect:/years";
    }

    /** Before a year closes: what is still open in it, and the choice for the records still waiting. */
    @GetMapping("/{id}/close")
    String closing(@PathVariable Long id, Model model) {
        AssessmentYear year = registry.get(id);
        if (!year.isOpen()) {
            return "redirect:/years";
        }
        model.addAttribute("year", year);
        List<OpenWork> open = registry.openWork(id);
        model.addAttribute("open", open);
        model.addAttribute("waiting", open.stream().filter(OpenWork::settleable).mapToLong(OpenWork::count).sum());
        return "year/close";
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable Long id, @RequestParam(required = false) Settlement.Decision decision,
                 @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        try {
            YearRegistry.Closed closed = registry.close(id, new Settlement(decision, reason));
            redirect.addFlashAttribute("notice", closed.settled() == 0
                    ? "已关闭 " + closed.year().year() + " 年度，此后只读"
                    : "已关闭 " + closed.year().year() + " 年度，此后只读；" + closed.settled() + " 条待审核记录已"
                            + (decision == Settlement.Decision.REJECT ? "不予认定" : "退回"));
            return "redirect:/years";
        } catch (Refusal refusal) {
            model.addAttribute("refusal", refusal);
            model.addAttribute("decision", decision);
            model.addAttribute("reason", reason);
            return closing(id, model);
        }
    }
}
