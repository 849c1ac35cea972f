package com.xingping.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.reset;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import com.xingping.identity.CurrentUser;
import com.xingping.identity.Role;
import com.xingping.reporting.ActivityRecord;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricLoader;
import com.xingping.rubrics.StoredRubrics;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/**
 * Drafts and published versions are read through one model: for the same facts they show the same
 * figures, unit by unit; and a published version keeps the rubric it was scored with, so changing
 * the rubric the platform scores with afterwards (as an edited YAML file or engine setting would)
 * moves the draft only, and the version is shown with the rubric text it stored.
 */
@SpringBootTest
class ResultModelIT {
    @Autowired
    ApplicationContext context;
    @Autowired
    Results results;
    @Autowired
    JdbcTemplate jdbc;
    @MockitoSpyBean
    StoredRubrics rubrics;

    Platform platform;
    AssessmentYear year;
    Unit meetings;
    CurrentUser admin;

    @BeforeEach
    void aYearWithRecords() {
        platform = new Platform(context);
        year = platform.year();
        meetings = platform.unit("市机关事务局");
        for (int month = 1; month <= 3; month++) {
            platform.approved(meetings, year, "norms-3a", LocalDate.of(2018, month, 5), "支部党员大会 " + month + " 月");
        }
        ActivityRecord falsified = platform.approved(meetings, year, "study-1b", LocalDate.of(2018, 4, 9), "虚报的学习");
        platform.falsify(falsified);
        Unit other = platform.unit("市信访局");
        platform.approved(other, year, "study-1a", LocalDate.of(2018, 2, 1), "年度学习计划");
        platform.submitted(other, year, "norms-3a", LocalDate.of(2018, 5, 1), "待审的会议");
        admin = Platform.signIn(platform.account(Role.ADMIN));
    }

    @AfterEach
    void restore() {
        reset(rubrics);
        Platform.signOut();
    }

    @Test
    void theDraftAndTheVersionPublishedFromItShowTheSameFiguresForEveryUnit() {
        String version = publish();

        Results.EditionPage draft = results.page(admin, year.id(), "draft");
        Results.EditionPage published = results.page(admin, year.id(), version);

        assertThat(published.table()).isEqualTo(draft.table());
        assertThat(published.rankingJson()).isEqualTo(draft.rankingJson());
        assertThat(results.home(admin, year.id()).sinceLatest().units()).isEmpty();
        for (ResultTable.Row row : draft.table().rows()) {
            assertThat(withoutHead(results.unit(admin, year.id(), version, row.unitId())))
                    .as("unit %s", row.name()).isEqualTo(withoutHead(results.unit(admin, year.id(), "draft", row.unitId())));
        }
        UnitSheet sheet = results.unit(admin, year.id(), version, meetings.id());
        assertThat(sheet.stars().get(0).withheld()).contains("FALSIFIED");
        assertThat(sheet.stars().get(1).criteria().get(2).elements().get(0).records()).hasSize(3);
        assertThat(sheet.bonus().cap()).isEqualByComparingTo("10");
        assertThat(results.output(admin, year.id(), version)).isEqualTo(results.output(admin, year.id(), "draft"));
        assertThat(results.input(admin, year.id(), version)).isEqualTo(results.input(admin, year.id(), "draft"));
    }

    @Test
    void aRubricChangedAfterPublishingMovesTheDraftAndLeavesThePublishedPagesAsTheyWere() {
        String version = publish();
        Results.EditionPage before = results.page(admin, year.id(), version);
        UnitSheet sheetBefore = results.unit(admin, year.id(), version, meetings.id());
        String outputBefore = results.output(admin, year.id(), version);

        Rubric changed = RubricLoader.parse(RubricLoader.bundledText("shaoxing-2018")
                .replace("starThreshold: 0.8", "starThreshold: 0.5")
                .replace("falsificationMultiplier: 2", "falsificationMultiplier: 3")
                .replace("title: 2018年度", "title: 改过的2018年度")
                .replace("name: 学习星", "name: 学习之星"), "changed");
        doReturn(changed).when(rubrics).rubric(year.storedRubricId());
        platform.approved(meetings, year, "norms-3a", LocalDate.of(2018, 6, 5), "支部党员大会 6 月");

        Results.EditionPage draft = results.page(admin, year.id(), "draft");
        assertThat(draft.head().rubricTitle()).startsWith("改过的");
        assertThat(draft.table().stars().get(0).name()).isEqualTo("学习之星");
        assertThat(draft.table().stars().get(0).threshold()).isEqualByComparingTo("10");

        Results.EditionPage after = results.page(admin, year.id(), version);
        assertThat(after).isEqualTo(before);
        assertThat(after.head().rubricTitle()).doesNotStartWith("改过的");
        assertThat(after.table().stars().get(0).threshold()).isEqualByComparingTo("16");
        assertThat(results.unit(admin, year.id(), version, meetings.id())).isEqualTo(sheetBefore);
        assertThat(results.output(admin, year.id(), version)).isEqualTo(outputBefore);
    }

    @Test
    void aPublishedVersionIsShownWithTheRubricTextItStoredNotTheBundledFile() {
        String version = publish();
        Long id = jdbc.queryForObject("select id from publication where year_id = ? and version_number = ?", Long.class,
                year.id(), Integer.valueOf(version));
        int copy = Integer.parseInt(version) + 1;
        jdbc.update("""
                insert into publication (year_id, version_number, rubric_id, unit_count, published_by, published_at,
                    input_document, output_document, rubric_text)
                select year_id, ?, rubric_id, unit_count, published_by, published_at, input_document, output_document,
                    replace(replace(rubric_text, 'name: 学习星', 'name: 学习之星'), 'starThreshold: 0.8', 'starThreshold: 0.5')
                from publication where id = ?""", copy, id);
        jdbc.update("""
                insert into publication_unit (publication_id, unit_id, position, line, sheet)
                select (select id from publication where year_id = ? and version_number = ?), unit_id, position, line, sheet
                from publication_unit where publication_id = ?""", year.id(), copy, id);

        Results.EditionPage shown = results.page(admin, year.id(), String.valueOf(copy));
        UnitSheet sheet = results.unit(admin, year.id(), String.valueOf(copy), meetings.id());

        assertThat(shown.table().stars().get(0).name()).isEqualTo("学习之星");
        assertThat(shown.table().stars().get(0).threshold()).isEqualByComparingTo("10");
        assertThat(sheet.stars().get(0).name()).isEqualTo("学习之星");
        assertThat(results.page(admin, year.id(), version).table().stars().get(0).name()).isEqualTo("学习星");
    }

    private String publish() {
        return String.valueOf(results.publish(admin, year.id(), null, null, null).version());
    }

    /** The figures and words of a sheet, without which edition it belongs to. */
    private static List<Object> withoutHead(UnitSheet sheet) {
        return List.of(sheet.unitId(), sheet.unitName(), sheet.summary(), sheet.stars(), sheet.bonus(),
                sheet.deductions(), sheet.performance(), sheet.activity(), sheet.explained());
    }
}
