package com.xingping.facts;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.xingping.audit.AuditEvent;
import com.xingping.identity.CurrentUser;
import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;
import com.xingping.year.YearChoice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "committee facts", description = "工委录入 / the committee's facts: ASSESS scores, penalties, baseline "
        + "violations, serious deductions, 业绩优, 加分 (read: committee and leaders; write: admin, reviewer)")
class FactsApi {
    private static final String KINDS = "assessed | penalties | baselines | serious | performance | commendations | "
            + "innovations | pilot | inspections";
    private final CommitteeDesk desk;
    private final CommitteeBook book;
    private final YearChoice years;
    private final OfficialConductDesk official;

    FactsApi(CommitteeDesk desk, CommitteeBook book, YearChoice years, OfficialConductDesk official) {
        this.official = official;
        this.desk = desk;
        this.book = book;
        this.years = years;
    }

    /** The answer to a withdrawal request. */
    record Withdrawal(String reason, Integer version) {
    }

    @GetMapping("/facts")
    @Operation(summary = "The active units a page at a time (optionally those whose code or name contains q), each with "
            + "how many standing committee facts it has per group")
    PageOf<CommitteeBook.UnitSummary> overview(@RequestParam(required = false) Long yearId,
                                              @RequestParam(required = false) String q,
                                              @RequestParam(required = false) Integer page,
                                              @RequestParam(required = false) Integer size) {
        return book.overview(years.of(yearId), q, Paging.of(page, size));
    }

    @GetMapping("/units/{unitId}/facts")
    @Operation(summary = "A unit's committee facts for a year (the open year unless yearId is given), grouped as the "
            + "notice groups them, with the choices the year's rubric allows")
    UnitFactsView unit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long unitId,
                       @RequestParam(required = false) Long yearId) {
        return book.unit(user, unitId, yearId);
    }

    @PostMapping("/units/{unitId}/facts/{kind}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enter a committee fact (admin, reviewer; open year only)", description = "kind: " + KINDS
            + ". Refused (400, the field named) when the rubric does not allow it: an unknown element, baseline or "
            + "level, an ASSESS score off the 0.5 grid or above the maximum, baseline points other than the policy's, an "
            + "event outside the year's window, a date after today, a missing reference or reason, or a second standing "
            + "fact where only one may stand. Awards dated outside the window are kept but not scored (counts=false).")
    FactView enter(@AuthenticationPrincipal CurrentUser user, @PathVariable Long unitId,
                   @Parameter(description = KINDS) @PathVariable String kind,
                   @RequestParam(required = false) Long yearId, @RequestBody FactForm form) {
        FactKind factKind = FactKind.bySlug(kind);
        CommitteeFact fact = desk.enter(user, unitId, yearId, factKind, form);
        return book.fact(factKind, fact.id());
    }

    @GetMapping("/facts/{kind}/{id}")
    @Operation(summary = "One committee fact")
    FactView get(@Parameter(description = KINDS) @PathVariable String kind, @PathVariable Long id) {
        return book.fact(FactKind.bySlug(kind), id);
    }

    @PutMapping("/facts/{kind}/{id}")
    @Operation(summary = "Change a standing fact; send the whole fact with the version you read (stale: 409)")
    FactView edit(@AuthenticationPrincipal CurrentUser user, @PathVariable String kind, @PathVariable Long id,
                  @RequestBody FactForm form) {
        FactKind factKind = FactKind.bySlug(kind);
        desk.edit(user, factKind, id, form);
        return book.fact(factKind, id);
    }

    @PostMapping("/facts/{kind}/{id}/withdraw")
    @Operation(summary = "Withdraw a wrongly entered fact (kept, no longer scored); a reason and the version read are required")
    FactView withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable String kind, @PathVariable Long id,
                      @RequestBody Withdrawal withdrawal) {
        FactKind factKind = FactKind.bySlug(kind);
        desk.withdraw(user, factKind, id, withdrawal == null ? null : withdrawal.reason(),
                withdrawal == null ? null : withdrawal.version());
        return book.fact(factKind, id);
    }

    @GetMapping("/facts/{kind}/{id}/history")
    @Operation(summary = "The fact's audit trail: who entered, changed or withdrew it, when, from where, before and after")
    List<AuditEvent> history(@PathVariable String kind, @PathVariable Long id) {
        return book.history(FactKind.bySlug(kind), id);
    }

    @GetMapping("/facts/conduct")
    @Operation(summary = "The year's 行风评议 over the year's units (active ones and any rated that year): place, mean, the "
            + "last place that escapes 末三位 (一票否决) as the engine judges them, under the committee's official standings "
            + "when entered (official); rows a page at a time (rated units first, by place)")
    ConductTable conduct(@RequestParam(required = false) Long yearId, @RequestParam(required = false) Integer page,
                         @RequestParam(required = false) Integer size) {
        return book.conduct(yearId, Paging.of(page, size));
    }

    @PostMapping("/facts/conduct/official")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enter the official 行风评议 standings of the open year (yearId, default the open year): mean (0-100, "
            + "at most 4 decimals), bottom (unit codes, each rated that year), date, reference, reason; they replace the "
            + "standing ones and are used wherever the year is scored")
    ConductTable.Official enterOfficial(@AuthenticationPrincipal CurrentUser user,
                                        @RequestParam(required = false) Long yearId,
                                        @RequestBody OfficialConductDesk.Form form) {
        Long id = years.of(yearId).id();
        official.enter(user, id, form);
        return book.conduct(id, Paging.first()).official();
    }

    @PostMapping("/facts/conduct/official/{id}/withdraw")
    @Operation(summary = "Withdraw the official 行风评议 standings (reason, the version read); the computed standings apply again")
    void withdrawOfficial(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestBody Withdrawal body) {
        official.withdraw(user, id, body.reason(), body.version());
    }
}
