package com.xingping.reporting;

/**
 * An evidence file just attached to a record, published in the uploading transaction with the file's
 * bytes, so that a listener can note what it needs of them (integrity: a photo's hash and capture time)
 * without reading the file back from the store.
 */
public record EvidenceAdded(Long evidenceId, Long recordId, String sha256, String contentType, byte[] bytes) {
}
