package com.xingping.identity;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.xingping.kernel.Refusal;

/**
 * The page of one's own personal access tokens. A new token's secret is rendered once, in the answer
 * to the form that created it (not through a redirect, so it is never kept in the session).
 */
@Controller
@RequestMapping("/account/tokens")
class TokensController {
    private final PersonalTokens tokens;

    TokensController(PersonalTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("tokens", tokens.of(user));
        model.addAttribute("dayChoices", PersonalTokens.DAY_CHOICES);
        if (!model.containsAttribute("chosenDays")) {
            model.addAttribute("chosenDays", PersonalTokens.DEFAULT_DAYS);
        }
        return "identity/tokens";
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String expiresInDays, Model model) {
        try {
            model.addAttribute("issued", tokens.issue(user, name, days(expiresInDays)));
            model.addAttribute("exampleUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/me").toUriString());
        } catch (Refusal refusal) {
            model.addAttribute("refusal", refusal);
            model.addAttribute("name", name);
        }
        return list(user, model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "已撤销令牌“" + tokens.revoke(user, id).name() + "”，它已立即失效");
        return "redirect:/account/tokens";
    }

    private static Integer days(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new Refusal("expiresInDays", "有效期须为 1 至 " + PersonalTokens.MAX_DAYS + " 天的整数");
        }
    }
}
