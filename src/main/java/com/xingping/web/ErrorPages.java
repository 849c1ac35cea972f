package com.xingping.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The zh-CN page for an error the container renders (no page controller answered): what went wrong
 * in words, never the raw JSON or the English "Whitelabel" page. A refused upload keeps its own page.
 */
@Component
class ErrorPages implements ErrorViewResolver {
    static final String REASON = ErrorPages.class.getName() + ".reason";
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Map<String, Object> page = new HashMap<>(model);
        if (status.value() == 413) { // CONTENT_TOO_LARGE, formerly PAYLOAD_TOO_LARGE: two constants, one code
            return new ModelAndView("error/413", page, status);
        }
        page.put("status", status.value());
        page.put("message", request.getAttribute(REASON) instanceof String reason ? reason : text(status));
        return new ModelAndView("error/page", page, status);
    }

    private String text(HttpStatus status) {
        String family = status.is5xxServerError() ? "5xx" : String.valueOf(status.value());
        return messages.getMessage("error.status." + family, null,
                messages.getMessage("error.status.other", null, CHINESE), CHINESE);
    }
}
