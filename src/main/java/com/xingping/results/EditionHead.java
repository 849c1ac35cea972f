package com.xingping.results;

import java.time.Instant;

import com.xingping.rubric.Rubric;

/**
 * What every results page says about the edition it shows: which year, draft or which version, on which rubric,
 * and who issued that rubric under which 文号 (the printed header).
 */
public record EditionHead(Long yearId, int year, boolean yearOpen, String ref, Integer version, String publishedBy,
                   Instant publishedAt, String note, String rubricId, String rubricTitle, String issuer, String document,
                   int units) {

    static EditionHead of(Edition edition) {
        return of(edition, edition.standings().units().size());
    }

    static EditionHead of(Edition edition, int units) {
        Rubric rubric = edition.rubric();
        return new EditionHead(edition.year().id(), edition.year().year(), edition.year().isOpen(), edition.ref(),
                edition.version(), edition.publishedBy(), edition.publishedAt(), edition.note(), rubric.id(),
                rubric.title(), rubric.issuer(), rubric.document(), units);
    }

    public boolean draft() {
        return version == null;
    }
}
