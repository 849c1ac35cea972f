package com.xingping.integrity;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.xingping.reporting.EvidenceAdded;

/** Prints each photo as it is uploaded, in the uploading transaction: it is kept exactly when the file is. */
@Component
class PrintOnUpload {
    private final PhotoPrints prints;

    PrintOnUpload(PhotoPrints prints) {
        this.prints = prints;
    }

    @EventListener
    void on(EvidenceAdded added) {
        if (added.photo()) {
            prints.save(PhotoPrint.of(added.evidenceId(), added.yearId(), added.contentType(), added.bytes()));
        }
    }
}
