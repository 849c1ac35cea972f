package com.xingping.notify;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.xingping.identity.CurrentUser;

/** The signed-in user's unread messages, for the navbar's badge on every page. */
@ControllerAdvice(annotations = Controller.class)
class InboxAdvice {
    private final Inbox inbox;

    InboxAdvice(Inbox inbox) {
        this.inbox = inbox;
    }

    @ModelAttribute("unread")
    long unread(@AuthenticationPrincipal CurrentUser user) {
        return user == null ? 0 : inbox.unread(user.id());
    }
}
