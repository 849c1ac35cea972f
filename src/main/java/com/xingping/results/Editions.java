package com.xingping.results;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.xingping.kernel.NotFound;
import com.xingping.results.Standings.Standing;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricLoader;
import com.xingping.scorecard.LiveFacts;
import com.xingping.scorecard.LiveFacts.ScoredYear;
import com.xingping.scoring.UnitResult;
import com.xingping.year.AssessmentYear;

/**
 * Reads a year's editions through one model: the draft from the year scored as it stands (scored
 * once per change; its lines are kept while the year's generation stands), a published version from
 * its stored lines and sheets and the rubric text it was scored with — never scored again, never
 * with today's rubric file.
 */
@Component
class Editions {
    private static final int KEPT_PUBLICATIONS = 8;
    private final LiveFacts live;
    private final Publications publications;
    private final PublicationUnits units;
    private final PublicationIndex index;
    private final Map<Long, Draft> drafts = new ConcurrentHashMap<>();
    private final Map<String, Rubric> rubrics = new ConcurrentHashMap<>();
    /** A publication never changes, so the lines of the last few read are kept, by publication id. */
    private final Map<Long, List<Standing>> publishedLines = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, List<Standing>> eldest) {
                    return size() > KEPT_PUBLICATIONS;
                }
            });

    Editions(LiveFacts live, Publications publications, PublicationUnits units, PublicationIndex index) {
        this.live = live;
        this.publications = publications;
        this.units = units;
        this.index = index;
    }

    /** A published version as the versions list shows it (without its documents). */
    record Version(int version, String rubricId, int units, String publishedBy, Instant publishedAt, String note) {
        static Version of(Publications.Summary publication) {
            return new Version(publication.versionNumber(), publication.rubricId(), publication.unitCount(),
                    publication.publishedBy(), publication.publishedAt(), publication.note());
        }
    }

    /** The year scored at one generation and its lines. */
    private record Draft(ScoredYear scored, Standings standings) {
    }

    Edition draft(AssessmentYear year) {
        Draft draft = draftOf(year);
        return Edition.draft(year, draft.scored().rubric(), draft.standings());
    }

    private Draft draftOf(AssessmentYear year) {
        ScoredYear scored = live.scored(year);
        Draft cached = drafts.get(year.id());
        if (cached != null && cached.scored().generation() == scored.generation()) {
            return cached;
        }
        Draft fresh = new Draft(scored, Standings.of(scored.result()));
        drafts.put(year.id(), fresh);
        return fresh;
    }

    Edition of(AssessmentYear year, EditionRef ref) {
        return ref.isDraft() ? draft(year) : published(year, ref.version());
    }

    Edition published(AssessmentYear year, int version) {
        Publications.Head head = head(year, version);
        List<Standing> lines = publishedLines.get(head.id());
        if (lines == null) {
            lines = units.lines(head.id());
            publishedLines.put(head.id(), lines);
        }
        return Edition.published(year, head, rubric(head), new Standings(head.rubricId(), year.year(), lines));
    }

    /** A unit's explainable scorecard in an edition: its line and its sheet, nothing else of the year read. */
    UnitSheet sheet(AssessmentYear year, EditionRef ref, String unitId) {
        NotFound missing = new NotFound("单位 " + unitId + "（" + year.year() + " 年度结果）");
        if (ref.isDraft()) {
            Draft draft = draftOf(year);
            Edition edition = Edition.draft(year, draft.scored().rubric(), draft.standings());
            Standing line = draft.standings().unit(unitId).orElseThrow(() -> missing);
            UnitResult result = draft.scored().result().unit(unitId).orElseThrow();
            UnitDetail detail = UnitDetail.of(edition.rubric(), draft.scored().result(), result, draft.standings().medians(edition.rubric()), RecordRef.byElement(
                    live.records(year, edition.rubric(), line.unitId())));
            return UnitSheets.build(EditionHead.of(edition), edition.rubric(), year, line, edition.standings().units().size(),
                    detail);
        }
        Publications.Head head = head(year, ref.version());
        Edition edition = Edition.published(year, head, rubric(head), new Standings(head.rubricId(), year.year(), List.of()));
        PublicationUnits.Row row = units.unit(head.id(), unitId).orElseThrow(() -> missing);
        return UnitSheets.build(EditionHead.of(edition, head.unitCount()), edition.rubric(), year, row.line(),
                head.unitCount(), row.sheet());
    }

    private Publications.Head head(AssessmentYear year, int version) {
        Publications.Head head = publications.head(year.id(), version)
                .orElseThrow(() -> new NotFound(year.year() + " 年度结果第 " + version + " 版"));
        if (head.rubricText() == null) {
            index.index(head.id());
            head = publications.head(year.id(), version).orElseThrow();
        }
        return head;
    }

    /** A publication's rubric, read from the text it stored (parsed once per distinct text). */
    private Rubric rubric(Publications.Head head) {
        return rubrics.computeIfAbsent(head.rubricText(), text -> RubricLoader.parse(text,
                "publication " + head.id() + " rubric " + head.rubricId()));
    }

    Optional<Edition> latest(AssessmentYear year) {
        int latest = latestVersion(year);
        return latest == 0 ? Optional.empty() : Optional.of(published(year, latest));
    }

    /** What an edition is compared with: the version before it, or for the draft the latest published. */
    Optional<Edition> previous(Edition edition) {
        if (edition.isDraft()) {
            return latest(edition.year());
        }
        return edition.version() == 1 ? Optional.empty() : Optional.of(published(edition.year(), edition.version() - 1));
    }

    /** The year's latest version number, 0 before the first publication. */
    int latestVersion(AssessmentYear year) {
        return publications.latestVersion(year.id());
    }

    List<Version> versions(AssessmentYear year) {
        return publications.summaries(year.id()).stream().map(Version::of).toList();
    }

    /** The edition's input document: the draft's written now, a published version's as stored. */
    String input(Edition edition) {
        return edition.isDraft() ? Snapshot.input(draftOf(edition.year()).scored())
                : publications.inputDocument(edition.publicationId());
    }

    /** The edition's output document (with explanations): the draft's written now, a published version's as stored. */
    String output(Edition edition) {
        if (!edition.isDraft()) {
            return publications.outputDocument(edition.publicationId());
        }
        ScoredYear scored = draftOf(edition.year()).scored();
        return Snapshot.output(scored.rubric(), scored.result());
    }
}
