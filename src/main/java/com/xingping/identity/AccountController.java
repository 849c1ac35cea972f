package com.xingping.identity;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.xingping.kernel.Paging;
import com.xingping.kernel.Refusal;

import jakarta.servlet.http.HttpServletRequest;

/** Sign-in page, choosing one's own password and reading one's own sign-ins. */
@Controller
class AccountController {
    private final PasswordChanges passwords;
    private final SignInLog signIns;

    AccountController(PasswordChanges passwords, SignInLog signIns) {
        this.passwords = passwords;
        this.signIns = signIns;
    }

    /** The signed-in user's own sign-ins, newest first: to notice a sign-in that was not theirs. */
    @GetMapping("/account/sign-ins")
    String signIns(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("signIns", signIns.of(user.id(), Paging.of(page, 20)));
        return "identity/sign-ins";
    }

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }

    @GetMapping("/account/password")
    String passwordForm() {
        return "identity/password";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String current,
                          @RequestParam(required = false) String password,
                          @RequestParam(required = false) String confirmation, Model model, HttpServletRequest request) {
        Account changed;
        try {
            changed = passwords.change(user, current, password, confirmation);
        } catch (Refusal refusal) {
            model.addAttribute("problem", refusal.reason());
            return "identity/password";
        }
        CurrentUser refreshed = CurrentUser.of(changed);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(refreshed, null, refreshed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        return "redirect:/?passwordChanged";
    }
}
