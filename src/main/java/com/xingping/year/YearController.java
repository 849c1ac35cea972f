package com.xingping.year;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.xingping.kernel.Refusal;

@Controller
@RequestMapping("/years")
class YearController {
    private final Years years;
    private final YearRegistry registry;
    private final RubricCatalog rubrics;

    YearController(Years years, YearRegistry registry, RubricCatalog rubrics) {
        this.years = years;
        this.registry = registry;
        this.rubrics = rubrics;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("years", years.findAllByOrderByYearDesc());
        model.addAttribute("rubrics", rubrics.all());
        return "year/list";
    }

    @PostMapping
    String open(@RequestParam(required = false) String rubricId, RedirectAttributes redirect) {
        try {
            AssessmentYear year = registry.open(rubricId);
            redirect.addFlashAttribute("notice", "已开设 " + year.year() + " 年度（" + year.windowStart() + " 至 " + year.windowEnd() + "）");
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("problem", refusal.reason());
        }
        return "redirect:/years";
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable Long id, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("notice", "已关闭 " + registry.close(id).year() + " 年度，此后只读");
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("problem", refusal.reason());
        }
        return "redirect:/years";
    }
}
