package com.xingping.rubrics;

import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
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
import com.xingping.kernel.Refusal;
import com.xingping.scoring.cases.CaseTables;

/** The committee's 细则 pages: every stored rubric, and one draft at a time, edited, checked, compared, tested and issued. */
@Controller
@RequestMapping("/rubrics")
class RubricPages {
    private final RubricDesk desk;

    RubricPages(RubricDesk desk) {
        this.desk = desk;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rubrics", desk.all());
        return "rubrics/list";
    }

    @PostMapping("/drafts")
    String draft(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long from, RedirectAttributes redirect) {
        try {
            StoredRubric draft = desk.draft(user, from);
            redirect.addFlashAttribute("notice", "已起草新细则（草稿 " + draft.id() + "），可在下方修改");
            return "redirect:/rubrics/" + draft.id();
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("refusal", refusal);
            return "redirect:/rubrics";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        StoredRubric row = desk.get(id);
        if (!model.containsAttribute("yaml")) {
            model.addAttribute("yaml", row.yamlText());
        }
        model.addAttribute("rubric", row);
        model.addAttribute("from", row.draftedFrom() == null ? null : desk.get(row.draftedFrom()));
        model.addAttribute("problems", desk.problems(row));
        model.addAttribute("elements", desk.elements(row));
        model.addAttribute("changes", desk.diff(row));
        return "rubrics/draft";
    }

    @PostMapping("/{id}")
    String save(@PathVariable Long id, @RequestParam(required = false) String yaml, @RequestParam(required = false) Integer version,
                Model model, RedirectAttributes redirect) {
        try {
            // a browser sends a textarea's lines ending in CRLF: the text stored is the one the committee sees
            StoredRubric saved = desk.update(id, yaml == null ? null : yaml.replace("\r\n", "\n"), version);
            int problems = desk.problems(saved).size();
            redirect.addFlashAttribute("notice", problems == 0 ? "已保存草稿，细则可以加载"
                    : "已保存草稿；细则还有 " + problems + " 处问题，见下方");
            return "redirect:/rubrics/" + id;
        } catch (Refusal refusal) {
            model.addAttribute("refusal", refusal);
        } catch (OptimisticLockingFailureException stale) {
            model.addAttribute("problem", stale.getMessage());
        }
        model.addAttribute("yaml", yaml);
        return show(id, model);
    }

    @PostMapping("/{id}/tests")
    String tests(@PathVariable Long id, Model model) {
        try {
            List<CaseTables.Outcome> outcomes = desk.runCases(desk.get(id));
            model.addAttribute("outcomes", outcomes);
            model.addAttribute("passed", outcomes.stream().filter(o -> o.verdict() == CaseTables.Verdict.PASSED).count());
        } catch (Refusal refusal) {
            model.addAttribute("refusal", refusal);
        }
        return show(id, model);
    }

    @PostMapping("/{id}/issue")
    String issue(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam(required = false) Integer version,
                 Model model, RedirectAttributes redirect) {
        try {
            StoredRubric issued = desk.issue(user, id, version);
            redirect.addFlashAttribute("notice", "已印发细则 " + issued.rubricId() + " 第 " + issued.rubricVersion() + " 版，此后不能再修改");
            return "redirect:/rubrics/" + id;
        } catch (Refusal refusal) {
            model.addAttribute("refusal", refusal);
        } catch (OptimisticLockingFailureException stale) {
            model.addAttribute("problem", stale.getMessage());
        }
        return show(id, model);
    }
}
