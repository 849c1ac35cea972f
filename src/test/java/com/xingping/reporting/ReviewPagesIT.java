package com.xingping.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.xingping.identity.Role;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/** The reviewer's way through a filtered queue: each decision leads to the next record inside the filter. */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewPagesIT {
    private static final LocalDate MARCH = LocalDate.of(2018, 3, 5);
    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;

    Platform platform;
    AssessmentYear year;
    Unit filtered;
    ActivityRecord otherUnits;
    ActivityRecord first;
    ActivityRecord second;

    @BeforeEach
    void twoUnitsWaitingForReview() {
        platform = new Platform(context);
        year = platform.year();
        Unit other = platform.unit("市财政局");
        filtered = platform.unit("市教育局");
        otherUnits = platform.submitted(other, year, "norms-3a", MARCH, "财政局支部党员大会");
        first = platform.submitted(filtered, year, "norms-3a", MARCH, "教育局支部党员大会");
        second = platform.submitted(filtered, year, "norms-3a", MARCH, "教育局支委会");
    }

    @Test
    void approvingUnderAUnitFilterOpensTheNextRecordOfThatUnit() {
        String query = "unitId=" + filtered.id() + "&state=SUBMITTED";

        assertThat(decide(first, "approve").param("unitId", filtered.id().toString()).param("state", "SUBMITTED"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/review/" + second.id() + "?" + query);
        assertThat(decide(second, "approve").param("unitId", filtered.id().toString()).param("state", "SUBMITTED"))
                .as("nothing of the unit is left: back to the filtered queue, not to another unit's record")
                .hasStatus3xxRedirection().hasRedirectedUrl("/review?" + query);
    }

    @Test
    void aStarAndElementFilterIsKeptToo() {
        assertThat(decide(first, "return").param("reason", "请补充签到表").param("unitId", filtered.id().toString())
                .param("star", "norms").param("elementId", "norms-3a"))
                .hasRedirectedUrl("/review/" + second.id() + "?unitId=" + filtered.id()
                        + "&star=norms&elementId=norms-3a&state=SUBMITTED");
    }

    @Test
    void underTheAllStatesFilterTheNextIsStillOneAwaitingADecision() {
        assertThat(decide(first, "approve").param("unitId", filtered.id().toString()).param("state", "ALL"))
                .hasRedirectedUrl("/review/" + second.id() + "?unitId=" + filtered.id() + "&state=ALL");
    }

    @Test
    void theRecordPageKeepsTheFilterAndFocusesNoDecisionButton() {
        assertThat(mvc.get().uri("/review/{id}?unitId={u}&state=SUBMITTED", first.id(), filtered.id()).with(reviewer()))
                .hasStatusOk().bodyText()
                .contains("name=\"unitId\" value=\"" + filtered.id() + "\"",
                        "href=\"/review?unitId=" + filtered.id() + "&amp;state=SUBMITTED\"")
                .doesNotContain("autofocus");
        assertThat(mvc.get().uri("/review?unitId={u}", filtered.id()).with(reviewer())).hasStatusOk().bodyText()
                .contains("href=\"/review/" + first.id() + "?unitId=" + filtered.id() + "&amp;state=SUBMITTED\"");
    }

    @Test
    void theQueuePageIsPagedAndItsLinksKeepTheFilter() {
        platform.submitted(filtered, year, "norms-3a", MARCH, "教育局党课");

        assertThat(mvc.get().uri("/review?unitId={u}&size=2", filtered.id()).with(reviewer())).hasStatusOk().bodyText()
                .contains("共 3 条", "第 1 / 2 页", "教育局支部党员大会", "教育局支委会")
                .doesNotContain("教育局党课")
                .contains("href=\"/review?unitId=" + filtered.id() + "&amp;state=SUBMITTED&amp;page=2&amp;size=2\"");
        assertThat(mvc.get().uri("/review?unitId={u}&size=2&page=2", filtered.id()).with(reviewer())).hasStatusOk()
                .bodyText().contains("第 2 / 2 页", "教育局党课").doesNotContain("教育局支委会");
        assertThat(mvc.get().uri("/review?unitId={u}&size=0", filtered.id()).with(reviewer())).bodyText()
                .contains("每页条数须在 1 到 200 之间");
    }

    @Test
    void theReviewerTypesAUnitsCodeOrNameInsteadOfScrollingThroughEveryUnit() {
        Unit archive = platform.unit("市档案馆" + java.util.UUID.randomUUID().toString().substring(0, 6));
        ActivityRecord filed = platform.submitted(archive, year, "norms-3a", MARCH, "档案馆支部党员大会");

        assertThat(mvc.get().uri("/review?unit={u}", archive.code().toLowerCase()).with(reviewer())).hasStatusOk().bodyText()
                .contains("档案馆支部党员大会", "id=\"unit\" name=\"unit\" value=\"" + archive.code() + "\"")
                .doesNotContain("财政局支部党员大会", "<option value=\"" + otherUnits.unitId() + "\"")
                .contains("href=\"/review/" + filed.id() + "?unitId=" + archive.id() + "&amp;state=SUBMITTED\"");
        assertThat(mvc.get().uri("/review?unit={u}", archive.name()).with(reviewer())).hasStatusOk().bodyText()
                .contains("档案馆支部党员大会").doesNotContain("财政局支部党员大会");
        assertThat(mvc.get().uri("/review?unit=").with(reviewer())).hasStatusOk().bodyText()
                .contains("档案馆支部党员大会", "财政局支部党员大会");
        assertThat(mvc.get().uri("/review?unit={u}", "没有这个单位").with(reviewer())).hasStatusOk().bodyText()
                .contains("没有编码或名称为“没有这个单位”的单位", "value=\"没有这个单位\"").doesNotContain("档案馆支部党员大会");
    }

    @Test
    void aUnitFieldOffersTheUnitsMatchingWhatIsTyped() {
        Unit archive = platform.unit("市档案馆" + java.util.UUID.randomUUID().toString().substring(0, 6));

        assertThat(mvc.get().uri("/units/choices?q={q}", archive.name()).with(reviewer())).hasStatusOk().bodyText()
                .isEqualToIgnoringWhitespace("<option value=\"" + archive.code() + "\">" + archive.code() + " " + archive.name() + "</option>");
        assertThat(mvc.get().uri("/units/choices?q=").with(user(Platform.user(platform.reporter(filtered))))).hasStatus(404);
    }

    private org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder decide(ActivityRecord record,
                                                                                                     String decision) {
        return mvc.post().uri("/review/{id}/decision", record.id()).param("decision", decision)
                .param("version", String.valueOf(record.version())).with(reviewer());
    }

    private RequestPostProcessor reviewer() {
        RequestPostProcessor signedIn = user(Platform.user(platform.account(Role.REVIEWER)));
        return request -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
    }
}
