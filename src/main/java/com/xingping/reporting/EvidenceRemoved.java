package com.xingping.reporting;

/** An evidence file about to be removed from its record, published in the removing transaction before the row goes. */
public record EvidenceRemoved(Long evidenceId, Long recordId) {
}
