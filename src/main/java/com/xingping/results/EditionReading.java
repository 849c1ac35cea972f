package com.xingping.results;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.identity.CurrentUser;

/**
 * What other modules (the Word and PDF reports) read of an edition: the same table and unit sheets as
 * the results pages and their .xlsx exports, under the same rules of who reads what.
 */
@Service
public class EditionReading {
    private final Results results;

    EditionReading(Results results) {
        this.results = results;
    }

    /** An edition's whole table, best first, with its head. */
    public record EditionTable(EditionHead head, ResultTable table) {
    }

    /** The draft ({@code ref} "draft") or a version's table: the committee and leaders only. */
    @Transactional(readOnly = true)
    public EditionTable table(CurrentUser user, Long yearId, String ref) {
        Results.EditionPage page = results.page(user, yearId, ref);
        return new EditionTable(page.head(), page.table());
    }

    /** A unit's scorecard in an edition: the committee and leaders; a reporter their own unit's published versions. */
    @Transactional(readOnly = true)
    public UnitSheet unit(CurrentUser user, Long yearId, String ref, Long unitId) {
        return results.unit(user, yearId, ref, unitId);
    }
}
