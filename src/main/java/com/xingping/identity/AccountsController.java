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
 * The committee admin's account pages: the accounts a page at a time (searchable), a form for a new
 * one whose unit is typed by code or name; one account's page to change its name, role or unit, set a
 * temporary password and read its sign-ins; enable/disable.
 */
@Controller
@RequestMapping("/accounts")
class AccountsController {
    private final AccountDirectory directory;
    private final AccountRegistry registry;
    private final UnitsToBind units;
    private final Accounts accounts;
    private final SignInLog signIns;
    private final Lockouts lockouts;
    private final SecondFactors factors;

    AccountsController(AccountDirectory directory, AccountRegistry registry, UnitsToBind units, Accounts accounts,
                       SignInLog signIns, Lockouts lockouts, SecondFactors factors) {
        this.lockouts = lockouts;
        this.factors = factors;
        this.directory = directory;
        this.registry = registry;
        this.units = units;
        this.accounts = accounts;
        this.signIns = signIns;
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
        model.addAttribute("locks", locks());
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

    /** One account: its name, role and unit to change, a temporary password to set, and its sign-ins. */
    @GetMapping("/{id}")
    String account(@PathVariable Long id, @RequestParam(required = false) Integer page, Model model) {
        Account account = accounts.findById(id).orElseThrow(() -> new NotFound("账号 " + id));
        if (!model.containsAttribute("change")) {
            model.addAttribute("change", new AccountChange(account.displayName(), account.role(), account.unitId()));
            model.addAttribute("unitText", account.unitId() == null ? ""
                    : directory.unitsOf(java.util.List.of(account)).get(account.unitId()).name());
        }
        model.addAttribute("account", account);
        model.addAttribute("roles", Role.values());
        model.addAttribute("signIns", signIns.of(id, Paging.of(page, 20)));
        model.addAttribute("totp", factors.enabled(id));
        model.addAttribute("lock", locks().stream().filter(lock -> lock.account().equals(id)).findFirst().orElse(null));
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
            return account(id, null, model);
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
            return account(id, null, model);
        }
    }

    /** A locked account as the pages show it: minutes left, rounded up. */
    record LockShown(Long account, String username, long minutesLeft) {
    }

    private java.util.List<LockShown> locks() {
        return lockouts.locked().stream()
                .map(lock -> new LockShown(lock.accountId(), lock.username(), lock.minutesLeft(lockouts.now()))).toList();
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable Long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", registry.unlock(id) ? "已解除锁定" : "该账号未被锁定");
        return "redirect:/accounts/" + id;
    }

    /** For a user who lost both the phone and the recovery codes; the pages' chain lets only the ADMIN role here. */
    @PostMapping("/{id}/totp/reset")
    String resetSecondFactor(@PathVariable Long id, RedirectAttributes redirect) {
        Account account = accounts.findById(id).orElseThrow(() -> new NotFound("账号 " + id));
        redirect.addFlashAttribute("notice", factors.reset(account.id()) ? "已重置动态口令，该账号须重新绑定" : "该账号未启用动态口令");
        return "redirect:/accounts/" + id;
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
