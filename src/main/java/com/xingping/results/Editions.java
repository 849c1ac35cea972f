package com.xingping.results;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.kernel.NotFound;
import com.xingping.scorecard.LiveFacts;
import com.xingping.scorecard.LiveFacts.YearFacts;
import com.xingping.year.AssessmentYear;

/**
 * Reads a year's editions: the draft, scored from the live facts on every call, and the published
 * versions, read from their snapshots only.
 */
@Component
class Editions {
    private final LiveFacts live;
    private final Publications publications;

    Editions(LiveFacts live, Publications publications) {
        this.live = live;
        this.publications = publications;
    }

    /** A published version as the versions list shows it (without its documents). */
    record Version(int version, String rubricId, int units, String publishedBy, Instant publishedAt, String note) {
        static Version of(Publications.Summary publication) {
            return new Version(publication.versionNumber(), publication.rubricId(), publication.unitCount(),
                    publication.publishedBy(), publication.publishedAt(), publication.note());
        }
    }

    @Transactional(readOnly = true)
    Edition draft(AssessmentYear year) {
        return draft(live.of(year));
    }

    Edition draft(YearFacts facts) {
        return Edition.draft(facts.year(), Snapshot.take(facts));
    }

    Edition of(AssessmentYear year, EditionRef ref) {
        return ref.isDraft() ? draft(year) : published(year, ref.version());
    }

    Edition published(AssessmentYear year, int version) {
        return publications.findByYearIdAndVersionNumber(year.id(), version).map(p -> Edition.published(year, p))
                .orElseThrow(() -> new NotFound(year.year() + " 年度结果第 " + version + " 版"));
    }

    Optional<Edition> latest(AssessmentYear year) {
        return publications.findFirstByYearIdOrderByVersionNumberDesc(year.id()).map(p -> Edition.published(year, p));
    }

    /** What an edition is compared with: the version before it, or for the draft the latest published. */
    Optional<Edition> previous(Edition edition) {
        if (edition.isDraft()) {
            return latest(edition.year());
        }
        return edition.version() == 1 ? Optional.empty()
                : publications.findByYearIdAndVersionNumber(edition.year().id(), edition.version() - 1)
                        .map(p -> Edition.published(edition.year(), p));
    }

    /** The year's latest version number, 0 before the first publication. */
    int latestVersion(AssessmentYear year) {
        return publications.latestVersion(year.id());
    }

    List<Version> versions(AssessmentYear year) {
        return publications.summaries(year.id()).stream().map(Version::of).toList();
    }
}
