package com.xingping.reporting;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.xingping.identity.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/evidence")
@Tag(name = "records")
class EvidenceApi {
    private final RecordDesk desk;
    private final RecordViews views;

    EvidenceApi(RecordDesk desk, RecordViews views) {
        this.desk = desk;
        this.views = views;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Download an evidence file (its unit's reporter, the committee, leaders): named and typed by its content, photos inline, others attachment, nosniff")
    ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return Downloads.attachment(desk.evidenceFile(user, id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove an evidence file from a draft or returned record; answers the record")
    RecordView remove(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return views.of(desk.removeEvidence(user, id));
    }
}
