package com.xingping.identity;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user in every page's model as {@code me}, so the layout can show what their role may use. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {
    @ModelAttribute("me")
    CurrentUser me(@AuthenticationPrincipal CurrentUser user) {
        return user;
    }
}
