package com.xingping.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import com.xingping.audit.AuditEvent;
import com.xingping.audit.AuditLog;
import com.xingping.identity.Account;
import com.xingping.identity.CurrentUser;
import com.xingping.identity.Role;
import com.xingping.rubric.RubricLoader;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/**
 * Publication storage against a real database: documents, rubric text and each unit's line and sheet
 * stored and read back unchanged, a publication from before V9 indexed from its documents,
 * versions numbered one after the other per year (also when two administrators publish at once),
 * stale publishes refused, every publication audited. Run on H2 and on PostgreSQL.
 */
@SpringBootTest
abstract class PublicationContract {
    @Autowired
    ApplicationContext context;
    @Autowired
    Publishing publishing;
    @Autowired
    Publications publications;
    @Autowired
    ProgressBoard progress;
    @Autowired
    AuditLog audit;
    @Autowired
    PublicationUnits units;
    @Autowired
    Results results;
    @Autowired
    Editions editions;
    @Autowired
    JdbcTemplate jdbc;

    Platform platform;
    AssessmentYear year;
    Unit unit;
    CurrentUser admin;

    @BeforeEach
    void aUnitWithAMeeting() {
        platform = new Platform(context);
        year = platform.year();
        unit = platform.unit("市水利局");
        platform.approved(unit, year, "norms-3a", LocalDate.of(2018, 3, 1), "支部党员大会");
        admin = Platform.signIn(platform.account(Role.ADMIN));
    }

    @AfterEach
    void signOut() {
        Platform.signOut();
    }

    @Test
    void aPublicationStoresItsDocumentsItsRubricTextAndEachUnitsLineAndSheet() {
        Edition published = publish(null, "年终发布");

        Publication stored = publications.findByYearIdAndVersionNumber(year.id(), published.version()).orElseThrow();

        assertThat(stored.outputDocument()).isEqualTo(Snapshot.output(Snapshot.read(stored.inputDocument()).rubric(),
                Snapshot.score(stored.inputDocument())));
        assertThat(stored.rubricText()).isEqualTo(RubricLoader.bundledText("shaoxing-2018")).contains("shaoxing-2018");
        assertThat(stored.rubricId()).isEqualTo("shaoxing-2018");
        assertThat(stored.rubricSha256()).as("the hash of the stored rubric the year is scored by")
                .isEqualTo(jdbc.queryForObject("select sha256 from stored_rubric where id = ?", String.class,
                        jdbc.queryForObject("select stored_rubric_id from assessment_year where id = ?", Long.class, year.id())))
                .isEqualTo(HexFormat.of().formatHex(sha256(stored.rubricText())));
        assertThat(stored.rubricVersion()).isEqualTo(1);
        assertThat(stored.publishedBy()).isEqualTo(admin.username());
        assertThat(stored.note()).isEqualTo("年终发布");
        assertThat(stored.unitCount()).isEqualTo(published.standings().units().size());
        assertThat(units.lines(stored.id())).isEqualTo(published.standings().units())
                .isEqualTo(Standings.parse(stored.outputDocument()).units());
        PublicationUnits.Row row = units.unit(stored.id(), String.valueOf(unit.id())).orElseThrow();
        assertThat(row.line().element("norms-3a")).isEqualByComparingTo("0.4");
        assertThat(row.sheet().records().get("norms-3a")).extracting(RecordRef::title).containsExactly("支部党员大会");
        assertThat(row.sheet().explanations().get("norms-3a")).contains("审核通过 1 次 × 0.4 分 = 0.4 分");
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPublicationFromBeforeItsUnitsWereStoredIsIndexedFromItsDocumentsWithTheSameSheets() {
        Edition published = publish(null, null);
        Publication stored = publications.findByYearIdAndVersionNumber(year.id(), published.version()).orElseThrow();
        String unitId = String.valueOf(unit.id());
        PublicationUnits.Row original = units.unit(stored.id(), unitId).orElseThrow();
        int older = published.version() + 1;
        jdbc.update("""
                insert into publication (year_id, version_number, rubric_id, unit_count, published_by, published_at,
                    input_document, output_document, records_document)
                select year_id, ?, rubric_id, unit_count, published_by, published_at, input_document, output_document, ?
                from publication where id = ?""", older,
                "{\"" + unitId + "\": {\"norms-3a\": [{\"id\": 1, \"title\": \"支部党员大会\", \"date\": \"2018-03-01\","
                        + " \"level\": null, \"rate\": null, \"falsified\": false, \"use\": \"COUNTED\"}]}}",
                stored.id());

        Edition indexed = editions.published(year, older);

        assertThat(indexed.standings().units()).isEqualTo(published.standings().units());
        PublicationUnits.Row row = units.unit(indexed.publicationId(), unitId).orElseThrow();
        assertThat(row.line()).isEqualTo(original.line());
        assertThat(row.sheet().explanations()).isEqualTo(original.sheet().explanations());
        assertThat(row.sheet().stars()).isEqualTo(original.sheet().stars());
        assertThat(row.sheet().performance()).isEqualTo(original.sheet().performance());
        assertThat(row.sheet().records().get("norms-3a")).extracting(RecordRef::title).containsExactly("支部党员大会");
        assertThat(publications.findByYearIdAndVersionNumber(year.id(), older).orElseThrow().rubricText())
                .isEqualTo(RubricLoader.bundledText("shaoxing-2018"));
    }

    @Test
    void theDashboardCountsTheRecordsAwaitingReviewOfEachUnit() {
        platform.submitted(unit, year, "norms-3a", LocalDate.of(2018, 5, 1), "待审的会议");
        platform.submitted(unit, year, "study-1a", LocalDate.of(2018, 5, 2), "待审的计划");

        Dashboard board = results.dashboard(admin, year.id());

        assertThat(board.awaiting()).filteredOn(w -> w.unitId().equals(unit.id())).singleElement()
                .satisfies(w -> assertThat(w.records()).isEqualTo(2));
    }

    @Test
    void versionsAreNumberedOneAfterTheOtherAndEarlierOnesStayAsTheyWere() {
        Edition first = publish(null, null);
        String frozen = publications.findByYearIdAndVersionNumber(year.id(), first.version()).orElseThrow()
                .outputDocument();
        platform.approved(unit, year, "norms-3a", LocalDate.of(2018, 4, 1), "支部委员会");

        Edition second = publish(first.version(), null);

        assertThat(second.version()).isEqualTo(first.version() + 1);
        assertThat(publications.findByYearIdAndVersionNumber(year.id(), first.version()).orElseThrow().outputDocument())
                .isEqualTo(frozen);
        assertThat(second.standings().unit(String.valueOf(unit.id())).orElseThrow().element("norms-3a"))
                .isEqualByComparingTo("0.8");
        assertThat(publications.findByYearIdOrderByVersionNumberDesc(year.id())).extracting(Publication::versionNumber)
                .startsWith(second.version(), first.version());
        assertThat(publications.latestVersion(year.id())).isEqualTo(second.version());
        assertThat(publications.summaries(year.id())).first().satisfies(summary -> {
            assertThat(summary.versionNumber()).isEqualTo(second.version());
            assertThat(summary.rubricId()).isEqualTo("shaoxing-2018");
            assertThat(summary.publishedBy()).isEqualTo(admin.username());
            assertThat(summary.unitCount()).isEqualTo(second.standings().units().size());
            assertThat(summary.publishedAt()).isNotNull();
        });
    }

    @Test
    void aStalePublishIsAConflictAndStoresNothing() {
        Edition first = publish(null, null);
        publish(first.version(), null);
        int stored = publications.findByYearIdOrderByVersionNumberDesc(year.id()).size();

        assertThatThrownBy(() -> publish(first.version(), null)).isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(publications.findByYearIdOrderByVersionNumberDesc(year.id())).hasSize(stored);
    }

    @Test
    void everyPublicationIsAudited() {
        Edition published = publish(null, "更正");
        Long id = publications.findByYearIdAndVersionNumber(year.id(), published.version()).orElseThrow().id();

        List<AuditEvent> events = audit.history("publication", id);

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("results.published");
            assertThat(event.actor()).isEqualTo(admin.username());
            assertThat(event.afterState()).contains("\"version\":" + published.version(), "shaoxing-2018", "更正");
        });
    }

    @Test
    void onlyAdministratorsPublish() {
        CurrentUser reviewer = Platform.signIn(platform.account(Role.REVIEWER));
        int stored = publications.findByYearIdOrderByVersionNumberDesc(year.id()).size();

        assertThatThrownBy(() -> publishing.publish(reviewer, year, null, null, tracker()))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(publications.findByYearIdOrderByVersionNumberDesc(year.id())).hasSize(stored);
    }

    @Test
    void theDatabaseHoldsLargeDocumentsWholeAndRefusesADuplicateVersion() {
        Edition latest = publish(null, null);
        String large = "{\"说明\":\"" + "五星示范、双优引领".repeat(120_000) + "\"}";
        Publication big = new Publication(null, year.id(), latest.version() + 1, "shaoxing-2018", 0, "admin",
                Instant.parse("2018-12-20T02:00:00Z"), null, large, large, large, null, null);

        Publication saved = publications.save(big);

        assertThat(publications.findByYearIdAndVersionNumber(year.id(), saved.versionNumber()).orElseThrow()
                .inputDocument()).isEqualTo(large);
        assertThatThrownBy(() -> publications.save(new Publication(null, year.id(), saved.versionNumber(),
                "shaoxing-2018", 0, "admin", Instant.now(), null, "{}", "{}", "{}", null, null)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void twoAdministratorsPublishingAtOnceGetOneVersionAndOneConflict() throws Exception {
        int latest = publish(null, null).version();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Edition>> attempts = new ArrayList<>();
            for (Account publisher : List.of(platform.account(Role.ADMIN), platform.account(Role.ADMIN))) {
                attempts.add(pool.submit(publishAfter(start, publisher, latest)));
            }
            start.countDown();
            List<Edition> published = new ArrayList<>();
            List<Throwable> refused = new ArrayList<>();
            for (Future<Edition> attempt : attempts) {
                try {
                    published.add(attempt.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    refused.add(e.getCause());
                }
            }

            assertThat(published).singleElement().satisfies(e -> assertThat(e.version()).isEqualTo(latest + 1));
            assertThat(refused).singleElement().isInstanceOf(OptimisticLockingFailureException.class);
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<Edition> publishAfter(CountDownLatch start, Account publisher, int expectedLatest) {
        return () -> {
            start.await();
            try {
                return publishing.publish(Platform.signIn(publisher), year, expectedLatest, null, tracker());
            } finally {
                Platform.signOut();
            }
        };
    }

    private Edition publish(Integer expectedLatest, String note) {
        return publishing.publish(admin, year, expectedLatest, note, tracker());
    }

    private ProgressBoard.Tracker tracker() {
        return progress.start(null, "测试发布", Publishing.STEPS, "开始");
    }
}
