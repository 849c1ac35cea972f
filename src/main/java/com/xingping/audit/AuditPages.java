package com.xingping.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;
import com.xingping.kernel.Refusal;
import com.xingping.sheet.Downloader;
import com.xingping.sheet.SheetDownload;
import com.xingping.sheet.Watermark;

/**
 * The audit pages: the log filtered by days, account, action, object and outcome, a page at a time,
 * each entry's before and after readable; and the same filter exported to .xlsx (itself an audit
 * entry). At {@code /audit} the audit administrator reads every entry but the audit administrators'
 * own; at {@code /security/audit-trail} the security administrator reads those (see {@link AuditScope}
 * and the identity module's URL rules).
 */
@Controller
class AuditPages {
    private final AuditSearch search;
    private final AuditLog log;
    private final Clock clock;

    AuditPages(AuditSearch search, AuditLog log, Clock clock) {
        this.search = search;
        this.log = log;
        this.clock = clock;
    }

    /** Where a scope's page lives, its title and its export's file name. */
    private record Place(AuditScope scope, String path, String titleKey, String fileName) {
    }

    private static final Place AUDIT = new Place(AuditScope.EXCEPT_AUDITORS, "/audit", "nav.audit", "审计日志.xlsx");
    private static final Place AUDITORS = new Place(AuditScope.AUDITORS_ONLY, "/security/audit-trail", "security.auditTrail",
            "审计管理员操作记录.xlsx");

    @GetMapping("/audit")
    String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String account, @RequestParam(required = false) String action,
                @RequestParam(required = false) String objectType, @RequestParam(required = false) Long objectId,
                @RequestParam(required = false) String outcome, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        return show(AUDIT, from, to, account, action, objectType, objectId, outcome, page, size, model);
    }

    @GetMapping("/security/audit-trail")
    String auditorsTrail(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(required = false) String account, @RequestParam(required = false) String action,
                         @RequestParam(required = false) String objectType, @RequestParam(required = false) Long objectId,
                         @RequestParam(required = false) String outcome, @RequestParam(required = false) Integer page,
                         @RequestParam(required = false) Integer size, Model model) {
        return show(AUDITORS, from, to, account, action, objectType, objectId, outcome, page, size, model);
    }

    private String show(Place place, LocalDate from, LocalDate to, String account, String action, String objectType,
                        Long objectId, String outcome, Integer page, Integer size, Model model) {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("from", from);
        typed.put("to", to);
        typed.put("account", account);
        typed.put("action", action);
        typed.put("objectType", objectType);
        typed.put("objectId", objectId);
        typed.put("outcome", outcome);
        model.addAttribute("typed", typed);
        model.addAttribute("outcomes", AuditOutcome.values());
        model.addAttribute("base", place.path());
        model.addAttribute("titleKey", place.titleKey());
        model.addAttribute("auditorsOnly", place.scope() == AuditScope.AUDITORS_ONLY);
        try {
            AuditFilter filter = new AuditFilter(from, to, account, action, objectType, objectId, outcome);
            PageOf<AuditEntry> shown = search.page(filter, place.scope(), Paging.of(page, size))
                    .with(events -> events.stream().map(AuditEntry::of).toList());
            model.addAttribute("page", shown);
            model.addAttribute("query", query(filter.asked()));
        } catch (Refusal refusal) {
            model.addAttribute("filterProblem", refusal.getMessage());
        }
        return "audit/log";
    }

    @GetMapping("/audit/export.xlsx")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Downloader who,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(required = false) String account, @RequestParam(required = false) String action,
                                  @RequestParam(required = false) String objectType, @RequestParam(required = false) Long objectId,
                                  @RequestParam(required = false) String outcome) {
        return export(AUDIT, who, new AuditFilter(from, to, account, action, objectType, objectId, outcome));
    }

    @GetMapping("/security/audit-trail/export.xlsx")
    ResponseEntity<byte[]> exportAuditorsTrail(@AuthenticationPrincipal Downloader who,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                               @RequestParam(required = false) String account, @RequestParam(required = false) String action,
                                               @RequestParam(required = false) String objectType, @RequestParam(required = false) Long objectId,
                                               @RequestParam(required = false) String outcome) {
        return export(AUDITORS, who, new AuditFilter(from, to, account, action, objectType, objectId, outcome));
    }

    private ResponseEntity<byte[]> export(Place place, Downloader who, AuditFilter filter) {
        List<AuditEntry> entries = search.all(filter, place.scope()).stream().map(AuditEntry::of).toList();
        Map<String, Object> detail = new LinkedHashMap<>(filter.asked());
        detail.put("scope", place.scope().name());
        detail.put("rows", entries.size());
        log.recordAccess("audit.exported", "audit", null, detail);
        return SheetDownload.of(place.fileName(), AuditWorkbook.of(filter.asked(), entries, clock.getZone(),
                Watermark.of(who, clock)));
    }

    /** The filter as query parameters, for the pager and the export link. */
    private static String query(Map<String, Object> asked) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        asked.forEach(uri::queryParam);
        String text = uri.encode().build().getQuery();
        return text == null ? "" : text;
    }
}
