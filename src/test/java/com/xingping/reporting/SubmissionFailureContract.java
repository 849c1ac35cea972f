package com.xingping.reporting;

import static com.xingping.reporting.Fixtures.form;
import static com.xingping.reporting.Fixtures.signIn;
import static com.xingping.reporting.Fixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import com.xingping.identity.CurrentUser;

/**
 * The database fails in the middle of a record submitted with evidence, after its files were staged:
 * at the commit, or on the submission's audit line. The record, its evidence rows, its audit lines and
 * its files are then all absent, nothing is left staged for the sweep, and the same submission goes
 * through whole once the database is back; over the API the reporter is told (503) that nothing was saved.
 * Run on H2 and on PostgreSQL by its subclasses.
 */
@SpringBootTest
@Import(SubmissionFailureContract.Faults.class)
abstract class SubmissionFailureContract {
    private static final LocalDate IN_WINDOW = LocalDate.of(2018, 3, 5);
    @Autowired
    ApplicationContext context;
    @Autowired
    RecordDesk desk;
    @Autowired
    EvidenceStore store;
    @Autowired
    Evidences evidences;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FaultyDatabase database;
    @Autowired
    WebApplicationContext web;

    Fixtures fixtures;
    CurrentUser reporter;

    @TestConfiguration
    static class Faults {
        @Bean
        static FaultyDatabase faultyDatabase() {
            return new FaultyDatabase();
        }
    }

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(context);
        fixtures.openYear();
        reporter = fixtures.reporter(fixtures.unit("市审计局"));
        signIn(reporter);
    }

    @AfterEach
    void heal() {
        database.heal();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theCommitFailsAfterTheFilesWereStagedAndNothingOfTheSubmissionIsLeft() throws IOException {
        Footprint before = footprint();

        database.failCommit();
        assertThatThrownBy(this::submitWithEvidence).isInstanceOf(DataAccessException.class);

        assertNothingLeftSince(before);
        assertTheSameSubmissionSucceedsAfterwards(before);
    }

    @Test
    void theSubmissionsAuditLineFailsAfterTheFilesWereStagedAndNothingOfTheSubmissionIsLeft() throws IOException {
        database.countAuditInserts();
        submitWithEvidence();
        int auditLines = database.auditInserts();
        database.heal();
        assertThat(auditLines).as("filed, files added, submitted").isGreaterThanOrEqualTo(2);
        Footprint before = footprint();

        database.failAuditInsert(auditLines);
        assertThatThrownBy(this::submitWithEvidence).isInstanceOf(DataAccessException.class);

        assertNothingLeftSince(before);
        assertTheSameSubmissionSucceedsAfterwards(before);
    }

    @Test
    void overTheApiTheFailedSubmissionIsA503SayingNothingWasSaved() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        Footprint before = footprint();

        database.failCommit();
        mvc.perform(multipart("/api/v1/records/with-evidence").param("submit", "true")
                        .file(new MockMultipartFile("record", "", "application/json",
                                "{\"elementId\": \"norms-3a\", \"title\": \"数据库中断时上传\", \"activityDate\": \"2018-03-05\"}"
                                        .getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile("files", "现场.png", "image/png", TestFiles.png()))
                        .with(user(reporter)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("未保存")));

        assertNothingLeftSince(before);
    }

    private ActivityRecord submitWithEvidence() {
        return desk.file(reporter, form("norms-3a", "数据库中断时提交", IN_WINDOW),
                List.of(upload("现场.png", TestFiles.png()), upload("纪要.pdf", TestFiles.pdf())), true);
    }

    private void assertNothingLeftSince(Footprint before) throws IOException {
        assertThat(footprint()).as("rows and files after the failed submission").isEqualTo(before);
        assertThat(staged()).as("files left staged").isEmpty();
        assertThat(store.sweep(evidences::existsByStoredName, Instant.now().plusSeconds(5)))
                .as("the sweep has nothing to settle").isEqualTo(new EvidenceStore.Sweep(0, 0));
        assertThat(footprint()).as("rows and files after the sweep").isEqualTo(before);
    }

    private void assertTheSameSubmissionSucceedsAfterwards(Footprint before) throws IOException {
        ActivityRecord record = submitWithEvidence();

        assertThat(record.state()).isEqualTo(RecordState.SUBMITTED);
        Footprint after = footprint();
        assertThat(after.records()).isEqualTo(before.records() + 1);
        assertThat(after.evidence()).isEqualTo(before.evidence() + 2);
        assertThat(after.auditLines()).isGreaterThan(before.auditLines());
        assertThat(after.files()).isEqualTo(before.files() + 2);
        assertThat(evidences.findByRecordIdOrderByIdAsc(record.id()))
                .allSatisfy(evidence -> assertThat(fixtures.evidenceDir().resolve(evidence.storedName())).isRegularFile());
        assertThat(staged()).isEmpty();
    }

    private record Footprint(long records, long evidence, long auditLines, long files) {
    }

    private Footprint footprint() throws IOException {
        try (Stream<Path> files = Files.list(fixtures.evidenceDir())) {
            return new Footprint(count("activity_record"), count("evidence"), count("audit_event"),
                    files.filter(Files::isRegularFile).count());
        }
    }

    /** Files in the store's staging folders (.incoming, .outgoing). */
    private List<Path> staged() throws IOException {
        try (Stream<Path> all = Files.walk(fixtures.evidenceDir())) {
            return all.filter(Files::isRegularFile).filter(p -> !p.getParent().equals(fixtures.evidenceDir())).toList();
        }
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
