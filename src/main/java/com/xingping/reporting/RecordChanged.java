package com.xingping.reporting;

/**
 * A record handed in, withdrawn or edited by its unit, published in that transaction (a review decision is
 * {@link RecordDecided}), so that a listener keeping something about handed-in records (integrity's stored
 * signals) follows it in the same transaction.
 */
public record RecordChanged(Long recordId) {
}
