package com.xingping.reporting;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.xingping.identity.CurrentUser;

/** Evidence files for the signed-in pages (also the source of the photos shown in them). */
@Controller
class EvidencePages {
    private final RecordDesk desk;

    EvidencePages(RecordDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/evidence/{id}")
    ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return Downloads.attachment(desk.evidenceFile(user, id));
    }
}
