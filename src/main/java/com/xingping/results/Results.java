package com.xingping.results;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.identity.CurrentUser;
import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;
import com.xingping.identity.Role;
import com.xingping.kernel.NotFound;
import com.xingping.results.ProgressBoard.Tracker;
import com.xingping.scorecard.LiveFacts;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearChoice;

/** What the results pages, exports and API ask for, each checked against who asks. */
@Service
class Results {
    private final Editions editions;
    private final Publishing publishing;
    private final LiveFacts live;
    private final YearChoice years;
    private final ProgressBoard progress;
    private final Clock clock;

    Results(Editions editions, Publishing publishing, LiveFacts live, YearChoice years, ProgressBoard progress,
            Clock clock) {
        this.editions = editions;
        this.publishing = publishing;
        this.live = live;
        this.years = years;
        this.progress = progress;
        this.clock = clock;
    }

    /**
     * An edition's table (every unit, for exports), the page of it a view shows (a province's table is
     * thousands of rows) and its charts' data: the ranking of the units shown, the stars of every unit.
     */
    record EditionPage(EditionHead head, ResultTable table, PageOf<ResultTable.Row> shown, String rankingJson,
                       String distributionJson) {
        static EditionPage of(Edition edition) {
            ResultTable table = ResultTable.of(edition.standings(), edition.rubric());
            List<ResultTable.Row> rows = table.rows();
            return of(edition, table, new PageOf<>(rows, 1, Math.max(1, rows.size()), rows.size()));
        }

        static EditionPage of(Edition edition, Paging paging) {
            ResultTable table = ResultTable.of(edition.standings(), edition.rubric());
            return of(edition, table, PageOf.slice(table.rows(), paging));
        }

        private static EditionPage of(Edition edition, ResultTable table, PageOf<ResultTable.Row> shown) {
            return new EditionPage(EditionHead.of(edition), table, shown, Charts.ranking(table.withRows(shown.items())),
                    Charts.starDistribution(table));
        }

        /** The table as the page shows it: the rows of this page. */
        public ResultTable visible() {
            return table.withRows(shown.items());
        }
    }

    /** The year's results: the draft against the latest published version, and every version. */
    record Home(EditionPage draft, Editions.Version latest, Changes sinceLatest, List<Editions.Version> versions,
                String progressId) {
    }

    record DiffPage(EditionHead after, EditionHead before, Changes changes) {
    }

    @Transactional(readOnly = true)
    Home home(CurrentUser user, Long yearId) {
        return home(user, yearId, Paging.first());
    }

    @Transactional(readOnly = true)
    Home home(CurrentUser user, Long yearId, Paging paging) {
        ResultsAccess.requireReader(user);
        AssessmentYear year = years.of(yearId);
        Edition draft = editions.draft(year);
        Optional<Edition> latest = editions.latest(year);
        Changes changes = latest.map(l -> Changes.between(l.standings(), draft.standings(), draft.rubric()))
                .orElse(null);
        List<Editions.Version> versions = editions.versions(year);
        return new Home(EditionPage.of(draft, paging), versions.isEmpty() ? null : versions.get(0), changes, versions,
                ProgressBoard.newId());
    }

    @Transactional(readOnly = true)
    Edition edition(CurrentUser user, Long yearId, String ref) {
        ResultsAccess.requireReader(user);
        return editions.of(years.of(yearId), EditionRef.parse(ref));
    }

    @Transactional(readOnly = true)
    EditionPage page(CurrentUser user, Long yearId, String ref) {
        return EditionPage.of(edition(user, yearId, ref));
    }

    @Transactional(readOnly = true)
    EditionPage page(CurrentUser user, Long yearId, String ref, Paging paging) {
        return EditionPage.of(edition(user, yearId, ref), paging);
    }

    @Transactional(readOnly = true)
    DiffPage diff(CurrentUser user, Long yearId, String ref, Integer against) {
        Edition after = edition(user, yearId, ref);
        Optional<Edition> before = against == null ? editions.previous(after)
                : Optional.of(editions.published(after.year(), against));
        return new DiffPage(EditionHead.of(after), before.map(EditionHead::of).orElse(null),
                before.map(b -> Changes.between(b.standings(), after.standings(), after.rubric())).orElse(null));
    }

    @Transactional(readOnly = true)
    UnitSheet unit(CurrentUser user, Long yearId, String ref, Long unitId) {
        EditionRef parsed = EditionRef.parse(ref);
        ResultsAccess.requireUnitReader(user, parsed, unitId);
        return editions.sheet(years.of(yearId), parsed, String.valueOf(unitId));
    }

    @Transactional(readOnly = true)
    List<Editions.Version> versions(CurrentUser user, Long yearId) {
        ResultsAccess.requireReader(user);
        return editions.versions(years.of(yearId));
    }

    /**
     * Where a user's own results are: for a reporter their unit's line of the latest published
     * version (not found before the first publication), for everyone else the year's results.
     */
    /** Where "my results" are: the reporter's unit in the latest version, the year's results for anyone else; none before publishing. */
    Optional<String> mine(CurrentUser user, AssessmentYear year) {
        if (user == null || user.role() != Role.REPORTER) {
            ResultsAccess.requireReader(user);
            return Optional.of("/results?yearId=" + year.id());
        }
        int latest = editions.latestVersion(year);
        return latest == 0 ? Optional.empty()
                : Optional.of("/results/" + latest + "/units/" + user.unitId() + "?yearId=" + year.id());
    }

    AssessmentYear year(Long yearId) {
        return years.of(yearId);
    }

    @Transactional(readOnly = true)
    Dashboard dashboard(CurrentUser user, Long yearId) {
        ResultsAccess.requireReader(user);
        AssessmentYear year = years.of(yearId);
        Edition draft = editions.draft(year);
        List<Editions.Version> versions = editions.versions(year);
        return Dashboard.of(live.awaitingReview(year), draft, ResultTable.of(draft.standings(), draft.rubric()),
                EditionHead.of(draft), LocalDate.now(clock), versions.isEmpty() ? null : versions.get(0),
                progress.recent());
    }

    /**
     * Publishes the year's draft as its next version; the progress of the work is reported under
     * {@code progressId}. Permission is checked by {@link Publishing} (administrators only).
     */
    Edition publish(CurrentUser user, Long yearId, Integer expectedLatest, String note, String progressId) {
        ResultsAccess.requireReader(user);
        AssessmentYear year = years.of(yearId);
        Tracker tracker = progress.start(progressId, "发布 " + year.year() + " 年度结果", Publishing.STEPS, "核对已发布的版本");
        try {
            Edition published = publishing.publish(user, year, expectedLatest, note, tracker);
            tracker.done("已发布第 " + published.version() + " 版",
                    "/results/" + published.version() + "?yearId=" + year.id());
            return published;
        } catch (RuntimeException e) {
            tracker.failed("未发布：" + e.getMessage());
            throw e;
        }
    }

    ProgressBoard.Task progress(String id) {
        return progress.get(id).orElseThrow(() -> new NotFound("进度 " + id));
    }

    /** The edition's input document (the draft's written now, a published version's as stored). */
    @Transactional(readOnly = true)
    String input(CurrentUser user, Long yearId, String ref) {
        return editions.input(edition(user, yearId, ref));
    }

    /** The edition's output document, with explanations. */
    @Transactional(readOnly = true)
    String output(CurrentUser user, Long yearId, String ref) {
        return editions.output(edition(user, yearId, ref));
    }
}
