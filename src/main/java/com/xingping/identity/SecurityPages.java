package com.xingping.identity;

import java.time.Instant;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;
import com.xingping.kernel.Refusal;

/**
 * The security administrator's pages: the policies in force, locked accounts, accounts waiting for
 * confirmation, any account's sign-ins, second factor, sessions and tokens, with the actions on them.
 * Only the SECURITY role reaches them (see {@link SecurityConfig}).
 */
@Controller
@RequestMapping("/security")
class SecurityPages {
    private final SecurityDesk desk;
    private final SecurityPolicies policies;
    private final AccountDirectory directory;
    private final SignInLog signIns;
    private final Lockouts lockouts;

    SecurityPages(SecurityDesk desk, SecurityPolicies policies, AccountDirectory directory, SignInLog signIns, Lockouts lockouts) {
        this.desk = desk;
        this.policies = policies;
        this.directory = directory;
        this.signIns = signIns;
        this.lockouts = lockouts;
    }

    /** A locked account as the page shows it: minutes left, rounded up. */
    record LockShown(Long account, String username, long minutesLeft) {
    }

    @GetMapping
    String overview(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                    @RequestParam(required = false) Integer size, Model model) {
        Instant now = lockouts.now();
        model.addAttribute("policies", policies.inForce());
        model.addAttribute("locks", desk.locked().stream()
                .map(lock -> new LockShown(lock.accountId(), lock.username(), lock.minutesLeft(now))).toList());
        model.addAttribute("awaiting", desk.awaitingConfirmation());
        PageOf<Account> shown = directory.page(q, Paging.of(page, size));
        model.addAttribute("page", shown);
        model.addAttribute("q", q == null ? "" : q.strip());
        return "identity/security";
    }

    @GetMapping("/accounts/{id}")
    String account(@PathVariable Long id, @RequestParam(required = false) Integer page, Model model) {
        SecurityDesk.AccountSecurity security = desk.of(id);
        model.addAttribute("security", security);
        model.addAttribute("account", security.account());
        model.addAttribute("lockMinutes", security.lockMinutesLeft(lockouts.now()));
        model.addAttribute("signIns", signIns.of(id, Paging.of(page, 20)));
        return "identity/security-account";
    }

    @PostMapping("/accounts/{id}/confirm")
    String confirm(@PathVariable Long id, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("notice", "已确认账号 " + desk.confirm(id).username() + "，该账号现在可以登录");
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("problem", refusal.getMessage());
        }
        return "redirect:/security/accounts/" + id;
    }

    @PostMapping("/accounts/{id}/unlock")
    String unlock(@PathVariable Long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", desk.unlock(id) ? "已解除锁定" : "该账号未被锁定");
        return "redirect:/security/accounts/" + id;
    }

    @PostMapping("/accounts/{id}/totp/reset")
    String resetSecondFactor(@PathVariable Long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", desk.resetSecondFactor(id) ? "已重置动态口令，该账号须重新绑定" : "该账号未启用动态口令");
        return "redirect:/security/accounts/" + id;
    }

    @PostMapping("/accounts/{id}/sessions/end")
    String endSessions(@PathVariable Long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "已结束该账号的 " + desk.endSessions(id) + " 个会话");
        return "redirect:/security/accounts/" + id;
    }

    @PostMapping("/accounts/{id}/tokens/revoke")
    String revokeTokens(@PathVariable Long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "已撤销该账号的 " + desk.revokeTokens(id) + " 个访问令牌");
        return "redirect:/security/accounts/" + id;
    }
}
