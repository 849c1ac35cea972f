package com.xingping.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.xingping.kernel.NotFound;
import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;
import com.xingping.kernel.Refusal;

/**
 * The committee admin's (system administrator's) account pages: the accounts a page at a time
 * (searchable), a form for a new one whose unit is typed by code or name; one account's page to change
 * its name, role or unit and set a temporary password; enable/disable. Lockouts, second factors,
 * sessions and sign-ins are the security administrator's ({@link SecurityPages}).
 */
@Controller
@RequestMapping("/accounts")
class AccountsController {
    private final AccountDirectory directory;
    private final AccountRegistry registry;
    private final UnitsToBind units;
    private final Accounts accounts;

    AccountsController(AccountDirectory directory, AccountRegistry registry, UnitsToBind units, Accounts accounts) {
        this.directory = directory;
        this.registry = registry;
        this.units = units;
        this.accounts = accounts;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AccountForm("", "", Role.REPORTER, null, ""));
            model.addAttribute("unitText", "");
        }
        PageOf<Account> shown = directory.page(q, Paging.of(page, size));
        model.addAttribute("page", shown);
        model.addAttribute("accounts", shown.items());
        model.addAttribute("unitsById", directory.unitsOf(shown.items()));
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("roles", Role.values());
        return "identity/accounts";
    }

    @PostMapping
    String create(@RequestParam(required = false) String username, @RequestParam(required = false) String displayName,
                  @RequestParam(required = false) Role role, @RequestParam(required = false) String unit,
                  @RequestParam(required = false) String password, Model model, RedirectAttributes redirect) {
        AccountForm typed = new AccountForm(username, displayName, role, null, password);
        try {
            Long unitId = unitOf(unit);
            Account account = registry.create(new AccountForm(username, displayName, role, unitId, password));
            redirect.addFlashAttribute("notice", "已创建账号 " + account.username() + "，首次登录须修改密码");
            return "redirect:/accounts";
        } catch (Refusal refusal) {
            model.addAttribute("form", typed);
            model.addAttribute("unitText", unit == null ? "" : unit.strip());
            model.addAttribute("refusal", refusal);
            return list(null, null, null, model);
        }
    }

    /** The unit typed for a reporter, by code or name; a text that names no unit is refused, naming the field. */
    private Long unitOf(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return units.named(typed).map(UnitsToBind.UnitToBind::id)
                .orElseThrow(() -> new Refusal("unit", "没有编码或名称为“" + typed.strip() + "”的单位"));
    }

    /** One account: its name, role and unit to change, and a temporary password to set. */
    @GetMapping("/{id}")
    String account(@PathVariable Long id, Model model) {
        Account account = accounts.findById(id).orElseThrow(() -> new NotFound("账号 " + id));
        if (!model.containsAttribute("change")) {
            model.addAttribute("change", new AccountChange(account.displayName(), account.role(), account.unitId()));
            model.addAttribute("unitText", account.unitId() == null ? ""
                    : directory.unitsOf(java.util.List.of(account)).get(account.unitId()).name());
        }
        model.addAttribute("account", account);
        model.addAttribute("roles", Role.values());
        return "identity/account";
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @RequestParam(required = false) String displayName,
                  @RequestParam(required = false) Role role, @RequestParam(required = false) String unit,
                  @RequestParam(required = false) String email, Model model, RedirectAttributes redirect) {
        try {
            Account changed = registry.update(id, new AccountChange(displayName, role, unitOf(unit)), email);
            redirect.addFlashAttribute("notice", "已保存账号 " + changed.username());
            return "redirect:/accounts/" + id;
        } catch (Refusal refusal) {
            model.addAttribute("change", new AccountChange(displayName, role, null));
            model.addAttribute("unitText", unit == null ? "" : unit.strip());
            model.addAttribute("email", email);
            model.addAttribute("refusal", refusal);
            return account(id, model);
        }
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable Long id, @RequestParam(required = false) String password, Model model,
                         RedirectAttributes redirect) {
        try {
            Account reset = registry.resetPassword(id, password);
            redirect.addFlashAttribute("notice", "已为账号 " + reset.username() + " 设置临时密码，下次登录须修改密码");
            return "redirect:/accounts/" + id;
        } catch (Refusal refusal) {
            model.addAttribute("refusal", refusal);
            return account(id, model);
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
