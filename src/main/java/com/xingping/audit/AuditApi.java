package com.xingping.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The audit log over the API, the pages' filter, newest first: every entry but the audit
 * administrators' own for the audit administrator; those for the security administrator.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "audit", description = "安全审计 / the audit log (audit administrator)")
class AuditApi {
    private final AuditSearch search;

    AuditApi(AuditSearch search) {
        this.search = search;
    }

    @GetMapping("/audit")
    @Operation(summary = "Audit entries but the audit administrators' own (audit administrator), newest first: days from–to "
            + "(inclusive), account, action prefix, object type and id, outcome (ok, denied, failed)")
    PageOf<AuditEntry> listAudit(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @RequestParam(required = false) String account, @RequestParam(required = false) String action,
                                 @RequestParam(required = false) String objectType, @RequestParam(required = false) Long objectId,
                                 @RequestParam(required = false) String outcome, @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        return page(AuditScope.EXCEPT_AUDITORS, new AuditFilter(from, to, account, action, objectType, objectId, outcome), page, size);
    }

    @GetMapping("/security/audit-trail")
    @Operation(summary = "The audit administrators' own audit entries (security administrator), with the same filter")
    PageOf<AuditEntry> listAuditorsTrail(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                         @RequestParam(required = false) String account, @RequestParam(required = false) String action,
                                         @RequestParam(required = false) String objectType, @RequestParam(required = false) Long objectId,
                                         @RequestParam(required = false) String outcome, @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        return page(AuditScope.AUDITORS_ONLY, new AuditFilter(from, to, account, action, objectType, objectId, outcome), page, size);
    }

    private PageOf<AuditEntry> page(AuditScope scope, AuditFilter filter, Integer page, Integer size) {
        return search.page(filter, scope, Paging.of(page, size)).with(events -> events.stream().map(AuditEntry::of).toList());
    }
}
