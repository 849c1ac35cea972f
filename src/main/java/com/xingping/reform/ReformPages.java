package com.xingping.reform;

import java.util.List;
import java.util.Map;

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
import com.xingping.kernel.Paging;
import com.xingping.kernel.Refusal;
import com.xingping.rubric.Rubric;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearChoice;
import com.xingping.year.YearRegistry;

/** 规则推演: the committee's scenario form and comparisons; leaders read saved scenarios and comparisons. */
@Controller
@RequestMapping("/reform")
class ReformPages {
    private final Reform reform;
    private final YearChoice yearChoice;
    private final YearRegistry years;

    ReformPages(Reform reform, YearChoice yearChoice, YearRegistry years) {
        this.reform = reform;
        this.yearChoice = yearChoice;
        this.years = years;
    }

    @GetMapping
    String page(@RequestParam(required = false) Long yearId, Model model) {
        AssessmentYear year = yearChoice.of(yearId);
        return show(year, reform.yearText(year), Map.of(), model);
    }

    /** {@code action} simulate scores the form; save scores and keeps it. */
    @PostMapping
    String submit(@AuthenticationPrincipal CurrentUser user, @RequestParam Long yearId,
                  @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        AssessmentYear year = years.get(yearId);
        String text = params.getOrDefault("rubric", "");
        try {
            ScenarioChanges changes = ReformForm.changes(params, reform.yearRubric(year));
            if ("save".equals(params.get("action"))) {
                ReformScenario saved = reform.save(user, year.id(), params.get("name"), params.get("note"), text, changes);
                redirect.addFlashAttribute("notice", "已保存方案“" + saved.name() + "”");
                return "redirect:/reform/scenarios/" + saved.id() + "?yearId=" + year.id();
            }
            Reform.Simulation simulation = reform.simulate(year.id(), text, changes, params.get("name"));
            model.addAttribute("comparison", simulation.comparison());
            return show(year, simulation.rubric(), Map.of("name", params.getOrDefault("name", ""),
                    "note", params.getOrDefault("note", "")), model);
        } catch (Refusal refused) {
            model.addAttribute("problems", Reform.problems(refused));
            return show(year, text, params, model);
        }
    }

    @GetMapping("/scenarios/{id}")
    String scenario(@PathVariable Long id, @RequestParam Long yearId, Model model) {
        AssessmentYear year = years.get(yearId);
        ReformScenario scenario = reform.get(year.id(), id);
        model.addAttribute("scenario", scenario);
        compared(year, null, id, model);
        return show(year, scenario.rubricYaml(), Map.of("name", scenario.name(), "note", scenario.note() == null ? "" : scenario.note()), model);
    }

    @GetMapping("/compare")
    String compare(@RequestParam Long yearId, @RequestParam(required = false) Long a, @RequestParam(required = false) Long b,
                   Model model) {
        AssessmentYear year = years.get(yearId);
        if (b == null) {
            model.addAttribute("problems", List.of(new ScenarioProblem("b", "对比方案", "请选择一个已保存的方案")));
        } else {
            compared(year, a, b, model);
        }
        model.addAttribute("a", a);
        model.addAttribute("b", b);
        return show(year, reform.yearText(year), Map.of(), model);
    }

    private void compared(AssessmentYear year, Long a, Long b, Model model) {
        try {
            model.addAttribute("comparison", reform.compare(year.id(), a, b));
        } catch (Refusal refused) {
            model.addAttribute("problems", Reform.problems(refused));
        }
    }

    private String show(AssessmentYear year, String text, Map<String, String> form, Model model) {
        Rubric rubric = reform.yearRubric(year);
        model.addAttribute("year", year);
        model.addAttribute("years", years.all());
        model.addAttribute("rubric", rubric);
        model.addAttribute("starNames", Comparison.starNames(rubric));
        model.addAttribute("text", text);
        model.addAttribute("form", form);
        model.addAttribute("scenarios", reform.list(year.id(), Paging.of(1, Paging.MAX_SIZE)).items());
        return "reform/reform";
    }
}
