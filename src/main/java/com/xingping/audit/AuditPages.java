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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;
import com.xingping.kernel.Refusal;
import com.xingping.sheet.Downloader;
import com.xingping.sheet.SheetDownload;
import com.xingping.sheet.Watermark;

/**
 * The audit administrator's page: the log filtered by days, account, action, object and outcome, a
 * page at a time, each entry's before and after readable; and the same filter exported to .xlsx
 * (itself an audit entry). Only the AUDITOR role reaches it (see the identity module's URL rules).
 */
@Controller
@RequestMapping("/audit")
class AuditPages {
    private final AuditSearch search;
    private final AuditLog log;
    private final Clock clock;

    AuditPages(AuditSearch search, AuditLog log, Clock clock) {
        this.search = search;
        this.log = log;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String account, @RequestParam(required = false) String action,
                @RequestParam(required = false) String objectType, @RequestParam(required = false) Long objectId,
                @RequestParam(required = false) String outcome, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
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
        try {
            AuditFilter filter = new AuditFilter(from, to, account, action, objectType, objectId, outcome);
            PageOf<AuditEntry> shown = search.page(filter, Paging.of(page, size)).with(events -> events.stream().map(AuditEntry::of).toList());
            model.addAttribute("page", shown);
            model.addAttribute("query", query(filter.asked()));
        } catch (Refusal refusal) {
            model.addAttribute("filterProblem", refusal.getMessage());
        }
        return "audit/log";
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Downloader who,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(required = false) String account, @RequestParam(required = false) String action,
                                  @RequestParam(required = false) String objectType, @RequestParam(required = false) Long objectId,
                                  @RequestParam(required = false) String outcome) {
        AuditFilter filter = new AuditFilter(from, to, account, action, objectType, objectId, outcome);
        List<AuditEntry> entries = search.all(filter).stream().map(AuditEntry::of).toList();
        Map<String, Object> detail = new LinkedHashMap<>(filter.asked());
        detail.put("rows", entries.size());
        log.recordAccess("audit.exported", "audit", null, detail);
        return SheetDownload.of("审计日志.xlsx", AuditWorkbook.of(filter.asked(), entries, clock.getZone(),
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
