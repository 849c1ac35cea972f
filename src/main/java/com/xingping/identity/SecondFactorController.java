package com.xingping.identity;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.xingping.kernel.Refusal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** The second step of a page sign-in ({@code /login/totp}) and enrolling one's own TOTP ({@code /account/totp}). */
@Controller
class SecondFactorController {
    private static final String ISSUER = "星评";
    private final SecondFactors factors;
    private final SignInLog signIns;
    private final Lockouts lockouts;
    private final SessionLimit limit;

    SecondFactorController(SecondFactors factors, SignInLog signIns, Lockouts lockouts, SessionLimit limit) {
        this.limit = limit;
        this.factors = factors;
        this.signIns = signIns;
        this.lockouts = lockouts;
    }

    @GetMapping("/login/totp")
    String checkForm(HttpSession session) {
        return SecondFactorFilter.CHECK.equals(session.getAttribute(SecondFactorFilter.OWED)) ? "identity/totp-check" : "redirect:/";
    }

    /** A right code (or unused recovery code) completes the sign-in; a wrong one counts towards the account's lock. */
    @PostMapping("/login/totp")
    String check(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String code, HttpSession session,
                 HttpServletRequest request, Model model) {
        if (!SecondFactorFilter.CHECK.equals(session.getAttribute(SecondFactorFilter.OWED))) {
            return "redirect:/";
        }
        if (lockouts.lockedUntil(user.id()).isEmpty() && factors.check(user.id(), code)) {
            session.removeAttribute(SecondFactorFilter.OWED);
            limit.signedIn(user.getUsername(), request.changeSessionId());
            return "redirect:/";
        }
        signIns.secondFactorFailed(user, request.getRemoteAddr());
        var locked = lockouts.lockedUntil(user.id());
        if (locked.isPresent()) {
            session.invalidate();
            return "redirect:/login?locked="
                    + new Lockouts.Lock(user.id(), user.username(), locked.get()).minutesLeft(lockouts.now());
        }
        model.addAttribute("problem", "动态口令：不正确或已使用过，请输入验证器应用当前显示的 6 位数字或一个未用过的恢复码");
        return "identity/totp-check";
    }

    @GetMapping("/account/totp")
    String enrolment(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("enabled", factors.enabled(user.id()));
        model.addAttribute("required", factors.required(user.role()));
        model.addAttribute("recoveryLeft", factors.unusedRecoveryCodes(user.id()));
        factors.pendingSecret(user.id()).ifPresent(secret -> {
            model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
            model.addAttribute("uri", Totp.uri(ISSUER, user.username(), secret));
        });
        return "identity/totp";
    }

    @PostMapping("/account/totp/start")
    String start(@AuthenticationPrincipal CurrentUser user) {
        factors.start(user.id());
        return "redirect:/account/totp";
    }

    /** The first right code turns the factor on; the recovery codes are shown on this answer only. */
    @PostMapping("/account/totp/confirm")
    String confirm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String code, HttpSession session,
                   Model model) {
        List<String> codes;
        try {
            codes = factors.confirm(user.id(), code);
        } catch (Refusal refusal) {
            model.addAttribute("problem", "动态口令：" + refusal.reason().replaceFirst("^动态口令", ""));
            return enrolment(user, model);
        }
        if (session.getAttribute(SecondFactorFilter.OWED) != null) {
            session.removeAttribute(SecondFactorFilter.OWED);
            limit.signedIn(user.getUsername(), session.getId());
        }
        model.addAttribute("recoveryCodes", codes);
        return enrolment(user, model);
    }
}
