package com.xingping.reporting;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.xingping.identity.CurrentUser;
import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "review", description = "工委审核 / the committee's review (admins and reviewers)")
class ReviewApi {
    private final ReviewDesk desk;
    private final ReviewRecords reviewRecords;
    private final RecordViews views;

    ReviewApi(ReviewDesk desk, ReviewRecords reviewRecords, RecordViews views) {
        this.desk = desk;
        this.reviewRecords = reviewRecords;
        this.views = views;
    }

    /** A decision's reason (needed to return, reject or mark falsified) and, optionally, the version reviewed. */
    record Decision(String reason, Integer version) {
    }

    record BulkApproval(List<Long> ids) {
    }

    @GetMapping("/review/queue")
    @Operation(summary = "One page of the records to review",
            description = "State defaults to SUBMITTED, ALL for every state; q: words the title contains (any case, "
                    + "at most 100 characters); sort WAITING (the longest waiting first, default), RECENT (the latest "
                    + "submitted, the shortest waiting first) or ACTIVITY; page from 1, size 1-200 (default 50). "
                    + "The answer says the total; daysWaiting is set while a record waits.")
    PageOf<RecordView> queue(@RequestParam(required = false) Long yearId, @RequestParam(required = false) Long unitId,
                             @RequestParam(required = false) String star, @RequestParam(required = false) String elementId,
                             @RequestParam(required = false) String state, @RequestParam(required = false) String sort,
                             @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                             @RequestParam(required = false) Integer size) {
        return desk.queue(ReviewFilter.of(yearId, unitId, star, elementId, state, sort, q), Paging.of(page, size))
                .with(views::of);
    }

    @GetMapping("/review/records/{id}")
    @Operation(summary = "One handed-in record as the reviewer sees it",
            description = "The record; where its element stands for the unit on the live scorecard (points and cap, "
                    + "what approving it would make it, the part it counts in, deductions, falsification penalty, and "
                    + "the same in one zh-CN line, e.g. 该项已 4/4，通过后不再加分; null when the unit is not scored in "
                    + "that year); and the unit's other records of the element, the latest activity first (the first "
                    + ReviewRecords.OTHERS_LISTED + " and the total).")
    ReviewRecord record(@PathVariable Long id) {
        return reviewRecords.of(id);
    }

    @PostMapping("/records/{id}/approve")
    @Operation(summary = "Approve a submitted record")
    RecordView approve(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                       @RequestBody(required = false) Decision decision) {
        return views.of(desk.approve(user, id, decision == null ? null : decision.version()));
    }

    @PostMapping("/records/{id}/return")
    @Operation(summary = "Return a submitted record to its reporter for changes, with the reason")
    RecordView returnForChanges(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                                @RequestBody Decision decision) {
        return views.of(desk.returnForChanges(user, id, decision.reason(), decision.version()));
    }

    @PostMapping("/records/{id}/reject")
    @Operation(summary = "Reject a submitted record (不予认定), with the reason")
    RecordView reject(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestBody Decision decision) {
        return views.of(desk.reject(user, id, decision.reason(), decision.version()));
    }

    @PostMapping("/records/{id}/falsify")
    @Operation(summary = "Mark an approved record falsified (弄虚作假), with the reason: it feeds the 加倍倒扣 penalty")
    RecordView falsify(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestBody Decision decision) {
        return views.of(desk.markFalsified(user, id, decision.reason(), decision.version()));
    }

    @PostMapping("/review/bulk-approve")
    @Operation(summary = "Approve several submitted records at once: all of them, or none if any is not submitted")
    List<RecordView> bulkApprove(@AuthenticationPrincipal CurrentUser user, @RequestBody BulkApproval request) {
        return views.of(desk.bulkApprove(user, request.ids()));
    }
}
