package com.xingping.notify;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.xingping.identity.AccountRegistry;
import com.xingping.identity.CurrentUser;
import com.xingping.kernel.Paging;
import com.xingping.kernel.Refusal;

/** The inbox: one's messages newest first, opened (and so read) one by one or all marked read; one's own e-mail address. */
@Controller
@RequestMapping("/inbox")
class InboxController {
    private final Inbox inbox;
    private final AccountRegistry accounts;

    InboxController(Inbox inbox, AccountRegistry accounts) {
        this.inbox = inbox;
        this.accounts = accounts;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("messages", inbox.page(user, Paging.of(page, 20)));
        if (!model.containsAttribute("email")) {
            model.addAttribute("email", accounts.byUsername(user.username()).map(a -> a.email()).orElse(null));
        }
        return "notify/inbox";
    }

    @PostMapping("/{id}/open")
    String open(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return "redirect:" + inbox.open(user, id);
    }

    @PostMapping("/read")
    String readAll(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "已将 " + inbox.markAllRead(user) + " 条消息标为已读");
        return "redirect:/inbox";
    }

    @PostMapping("/email")
    String email(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String email, Model model,
                 RedirectAttributes redirect) {
        try {
            String saved = accounts.setOwnEmail(user, email).email();
            redirect.addFlashAttribute("notice", saved == null ? "已不再发送邮件通知" : "消息将同时发送到 " + saved);
            return "redirect:/inbox";
        } catch (Refusal refusal) {
            model.addAttribute("refusal", refusal);
            model.addAttribute("email", email);
            return list(user, null, model);
        }
    }
}
