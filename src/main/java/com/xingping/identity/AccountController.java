package com.xingping.identity;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.xingping.audit.AuditLog;

import jakarta.servlet.http.HttpServletRequest;

/** Sign-in page and choosing one's own password. */
@Controller
class AccountController {
    static final int MIN_PASSWORD_LENGTH = 10;
    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    AccountController(Accounts accounts, PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
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
    @Transactional
    String changePassword(@AuthenticationPrincipal CurrentUser user, @RequestParam String current,
                          @RequestParam String password, @RequestParam String confirmation, Model model,
                          HttpServletRequest request) {
        Account account = accounts.findById(user.id()).orElseThrow();
        String problem = null;
        if (!encoder.matches(current, account.passwordHash())) {
            problem = "当前密码不正确";
        } else if (password.length() < MIN_PASSWORD_LENGTH) {
            problem = "新密码至少 " + MIN_PASSWORD_LENGTH + " 位";
        } else if (!password.equals(confirmation)) {
            problem = "两次输入的新密码不一致";
        } else if (password.equals(current)) {
            problem = "新密码不能与当前密码相同";
        }
        if (problem != null) {
            model.addAttribute("problem", problem);
            return "identity/password";
        }
        Account changed = accounts.save(account.withPassword(encoder.encode(password)));
        audit.record("account.password-changed", "account", changed.id(), null, changed.auditView());
        CurrentUser refreshed = CurrentUser.of(changed);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(refreshed, null, refreshed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        return "redirect:/?passwordChanged";
    }
}
