package com.xingping.unit;

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
import com.xingping.kernel.NotFound;
import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;
import com.xingping.kernel.Refusal;

/** Unit pages: the committee's list and forms; a reporter is sent to their own unit. */
@Controller
@RequestMapping("/units")
class UnitController {
    private final Units units;
    private final UnitRegistry registry;
    private final UnitDirectory directory;

    UnitController(Units units, UnitRegistry registry, UnitDirectory directory) {
        this.units = units;
        this.registry = registry;
        this.directory = directory;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        if (!user.canRead(-1L)) {
            return "redirect:/scorecard";
        }
        PageOf<Unit> found = directory.page(q, Paging.of(page, size));
        model.addAttribute("page", found);
        model.addAttribute("units", found.items());
        model.addAttribute("q", q == null ? "" : q.strip());
        return "unit/list";
    }

    /** What a unit field offers while the committee types: a few units whose code or name contains the text. */
    @GetMapping("/choices")
    String choices(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q, Model model) {
        if (!user.canRead(-1L)) {
            throw new NotFound("单位");
        }
        model.addAttribute("choices", directory.suggestions(q));
        return "unit/choices :: options";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", UnitForm.blank());
        return "unit/form";
    }

    /**
     * The form as a browser posts it: an unticked checkbox is not sent at all, so a missing box reads
     * "no" (binding the record directly would refuse the request).
     */
    @ModelAttribute("form")
    UnitForm posted(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
                    @RequestParam(defaultValue = "false") boolean inTargetAssessment,
                    @RequestParam(defaultValue = "false") boolean committeeOwn,
                    @RequestParam(required = false) Integer version) {
        return new UnitForm(code, name, inTargetAssessment, committeeOwn, version);
    }

    @PostMapping
    String create(@ModelAttribute("form") UnitForm form, Model model, RedirectAttributes redirect) {
        try {
            Unit unit = registry.create(form);
            redirect.addFlashAttribute("notice", "已创建单位 " + unit.name());
            return "redirect:/units";
        } catch (Refusal refusal) {
            model.addAttribute("refusal", refusal);
            return "unit/form";
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        Unit unit = units.findById(id).orElseThrow(() -> new NotFound("单位 " + id));
        model.addAttribute("unit", unit);
        model.addAttribute("form", UnitForm.of(unit));
        return "unit/form";
    }

    @PostMapping("/{id}")
    String edit(@PathVariable Long id, @ModelAttribute("form") UnitForm form, Model model, RedirectAttributes redirect) {
        try {
            Unit unit = registry.edit(id, form);
            redirect.addFlashAttribute("notice", "已保存 " + unit.name());
            return "redirect:/units";
        } catch (Refusal refusal) {
            model.addAttribute("unit", registry.get(id));
            model.addAttribute("refusal", refusal);
            return "unit/form";
        }
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable Long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "已停用 " + registry.setActive(id, false).name() + "（记录保留）");
        return "redirect:/units";
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable Long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "已启用 " + registry.setActive(id, true).name());
        return "redirect:/units";
    }
}
