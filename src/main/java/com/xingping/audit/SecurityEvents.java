package com.xingping.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Security events Spring publishes, into the audit log: sign-outs and refusals of a signed-in user
 * (the URL rules and {@code @PreAuthorize} both publish through the {@link AuthorizationEventPublisher}
 * declared here; an anonymous request that is sent to sign in is no refusal). Sign-ins are written
 * by the identity module. At startup, entries written without a hash are sealed into the chain.
 */
@Configuration
class SecurityEvents {
    private final AuditLog log;
    private final AuditChain chain;

    SecurityEvents(AuditLog log, AuditChain chain) {
        this.log = log;
        this.chain = chain;
    }

    @Bean
    static AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        log.recordSecurity("account.signed-out", event.getAuthentication().getName(), null, AuditOutcome.OK, null);
    }

    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        Authentication who = event.getAuthentication().get();
        if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
            return;
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            detail.put("method", request.getMethod());
            detail.put("path", request.getRequestURI());
        }
        log.recordSecurity("access.denied", who.getName(), null, AuditOutcome.DENIED, detail);
    }

    @EventListener(ApplicationReadyEvent.class)
    void sealOlderEntries() {
        chain.sealPending();
    }
}
