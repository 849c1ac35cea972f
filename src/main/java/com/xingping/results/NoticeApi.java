package com.xingping.results;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.xingping.identity.CurrentUser;
import com.xingping.identity.Role;
import com.xingping.kernel.NotFound;
import com.xingping.year.AssessmentYear;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/results")
@Tag(name = "results", description = "年度结果：草稿、发布的版本（冻结快照）、差异 / the year's results: draft, published versions, diffs")
class NoticeApi {
    private final NoticeDesk desk;
    private final Results results;

    NoticeApi(NoticeDesk desk, Results results) {
        this.desk = desk;
        this.results = results;
    }

    record OpenRequest(Long yearId, Integer version, String startsOn, String endsOn) {
    }

    record ObjectionRequest(Long unitId, String subject, String reason, String evidence) {
    }

    record DecisionRequest(String outcome, String reason) {
    }

    record SignOffRequest(String note) {
    }

    @GetMapping("/notice")
    @Operation(summary = "The year's latest notice (公示): stage, period, objections and timeline (committee and "
            + "leaders: every unit's objections; a reporter: their own unit's)")
    NoticeView notice(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long yearId) {
        AssessmentYear year = results.year(yearId);
        Long unitId = user.role() == Role.REPORTER ? user.unitId() : null;
        return desk.view(user, year, unitId).orElseThrow(() -> new NotFound(year.year() + " 年度的公示"));
    }

    @PostMapping("/notice")
    @Operation(summary = "Post the latest published version for notice from startsOn to endsOn (yyyy-MM-dd, both "
            + "included; administrators). 409 while another notice of the year is not signed off")
    ResponseEntity<ResultNotice> open(@AuthenticationPrincipal CurrentUser user,
                                      @RequestBody(required = false) OpenRequest request) {
        OpenRequest asked = request == null ? new OpenRequest(null, null, null, null) : request;
        AssessmentYear year = results.year(asked.yearId());
        ResultNotice notice = desk.open(user, year, asked.version(), NoticeDates.parse(asked.startsOn(), "startsOn"),
                NoticeDates.parse(asked.endsOn(), "endsOn"));
        return ResponseEntity.created(URI.create("/api/v1/results/notice?yearId=" + year.id())).body(notice);
    }

    @PostMapping("/notice/{id}/objections")
    @Operation(summary = "Object to a subject of the unit's posted line (the unit's reporter, within the period): "
            + "subject is element:<element id>, star:<star id>, performance or rank. 409 outside the period or "
            + "while the unit has an open objection on the subject")
    ResponseEntity<Objection> object(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                                     @RequestBody(required = false) ObjectionRequest request) {
        ObjectionRequest asked = request == null ? new ObjectionRequest(null, null, null, null) : request;
        Objection filed = desk.object(user, id, asked.unitId(), asked.subject(), asked.reason(), asked.evidence(), null);
        return ResponseEntity.created(URI.create("/api/v1/results/notice")).body(filed);
    }

    @PostMapping("/objections/{id}/decision")
    @Operation(summary = "Decide an objection (administrators): outcome UPHELD (维持) or ADJUSTED (调整, once a fact "
            + "change moved the subject in the draft), with a reason")
    Objection decide(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                     @RequestBody(required = false) DecisionRequest request) {
        DecisionRequest asked = request == null ? new DecisionRequest(null, null) : request;
        return desk.decide(user, id, asked.outcome(), asked.reason());
    }

    @PostMapping("/notice/{id}/sign-off")
    @Operation(summary = "Sign off the notice (leaders) after its period once every objection is decided: the final "
            + "version is the posted one, or the draft frozen as a new version if it moved")
    ResultNotice signOff(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                         @RequestBody(required = false) SignOffRequest request) {
        return desk.signOff(user, id, request == null ? null : request.note());
    }
}
