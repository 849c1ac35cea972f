package com.xingping.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.xingping.kernel.Refusal;

/** The committee admin's account page: every account, a form for a new one, enable/disable. */
@Controller
@RequestMapping("/accounts")
class AccountsController {
    private final Accounts accounts;
    private final AccountRegistry registry;
    private final UnitsToBind units;

    AccountsController(Accounts accounts, AccountRegistry registry, UnitsToBind units) {
        this.accounts = accounts;
        this.registry = registry;
        this.units = units;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AccountForm("", "", Role.REPORTER, null, ""));
        }
        model.addAttribute("accounts", accounts.findAllByOrderByRoleAscUsernameAsc());
        model.addAttribute("units", units.all());
        model.addAttribute("roles", Role.values());
        return "identity/accounts";
    }

    @PostMapping
    String create(@ModelAttribute("form") AccountForm form, Model model, RedirectAttributes redirect) {
        try {
            Account account = registry.create(form);
            redirect.addFlashAttribute("notice", "已创建账号 " + account.username() + "，首次登录须修改密码");
            return "redirect:/accounts";
        } catch (Refusal refusal) {
            model.addAttribute("refusal", refusal);
            return list(model);
        }
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable Long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "已停用账号 " + registry.setEnabled(id, false).username());
        return "redirect:/accounts";
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable Long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "已启用账号 " + registry.setEnabled(id, true).username());
        return "redirect:/accounts";
    }
}
