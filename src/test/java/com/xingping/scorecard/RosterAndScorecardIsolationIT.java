package com.xingping.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.xingping.identity.Account;
import com.xingping.identity.Role;
import com.xingping.roster.MemberRole;
import com.xingping.roster.RosterMember;
import com.xingping.roster.RosterRows;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/**
 * Every roster and scorecard endpoint, API and page, asked by the reporter of unit A about unit B
 * (404 or 403, and nothing changes), by a leader (reads, never writes) and by nobody (sign in first).
 */
@SpringBootTest
@AutoConfigureMockMvc
class RosterAndScorecardIsolationIT {
    private static final String MEMBER_JSON = "{\"name\":\"闯入者\",\"role\":\"ORDINARY\",\"studyHours\":30,\"version\":0}";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    RosterRows roster;

    Unit unitA;
    Unit unitB;
    Account reporterA;
    Account leader;
    RosterMember memberB;

    @BeforeEach
    void twoUnitsEachWithItsReporter() {
        roster = new RosterRows(context);
        Platform platform = new Platform(context);
        AssessmentYear year = platform.year();
        unitA = platform.unit("甲局");
        unitB = platform.unit("乙局");
        reporterA = platform.reporter(unitA);
        platform.reporter(unitB);
        leader = platform.account(Role.LEADER);
        memberB = roster.save(new RosterMember(null, unitB.id(), year.id(), "乙局党员", MemberRole.ORDINARY,
                new BigDecimal("30"), null));
        platform.approved(unitB, year, "norms-3a", LocalDate.of(2018, 3, 1), "乙局支部党员大会");
    }

    @Test
    void aReporterGets404OnAnotherUnitsRosterAndScorecardThroughTheApi() {
        Long b = unitB.id();
        Long m = memberB.id();
        RequestPostProcessor a = api(reporterA);

        assertThat(mvc.get().uri("/api/v1/units/{u}/roster", b).with(a)).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/units/{u}/roster/export", b).with(a)).hasStatus(404);
        assertThat(json(mvc.post().uri("/api/v1/units/{u}/roster", b)).with(a)).hasStatus(404);
        assertThat(json(mvc.put().uri("/api/v1/units/{u}/roster/{m}", b, m)).with(a)).hasStatus(404);
        assertThat(json(mvc.put().uri("/api/v1/units/{u}/roster/{m}", unitA.id(), m)).with(a)).hasStatus(404);
        assertThat(mvc.delete().uri("/api/v1/units/{u}/roster/{m}", b, m).with(a)).hasStatus(404);
        assertThat(mvc.delete().uri("/api/v1/units/{u}/roster/{m}", unitA.id(), m).with(a)).hasStatus(404);
        assertThat(mvc.post().uri("/api/v1/units/{u}/roster/import", b).multipart().file(spreadsheet()).with(a))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/units/{u}/scorecard", b).with(a)).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/scorecards").with(a)).hasStatus(403);
        assertUnitBUntouched();
    }

    @Test
    void aReporterGets404OnAnotherUnitsRosterAndScorecardPages() {
        Long b = unitB.id();
        Long m = memberB.id();
        RequestPostProcessor a = page(reporterA);

        assertThat(mvc.get().uri("/roster?unitId={u}", b).with(a)).hasStatus(404);
        assertThat(mvc.get().uri("/units/{u}/roster", b).with(a)).hasStatus(404);
        assertThat(mvc.get().uri("/roster/{u}/export", b).with(a)).hasStatus(404);
        assertThat(mvc.get().uri("/roster/{u}/members/{m}/edit", b, m).with(a)).hasStatus(404);
        assertThat(mvc.get().uri("/roster/{u}/members/{m}/edit", unitA.id(), m).with(a)).hasStatus(404);
        assertThat(form(mvc.post().uri("/roster/{u}/members", b)).with(a)).hasStatus(404);
        assertThat(form(mvc.post().uri("/roster/{u}/members/{m}", b, m)).with(a)).hasStatus(404);
        assertThat(form(mvc.post().uri("/roster/{u}/members/{m}", unitA.id(), m)).with(a)).hasStatus(404);
        assertThat(mvc.post().uri("/roster/{u}/members/{m}/delete", b, m).param("version", "0").with(a)).hasStatus(404);
        assertThat(mvc.post().uri("/roster/{u}/members/{m}/delete", unitA.id(), m).with(a)).hasStatus(404);
        assertThat(mvc.post().uri("/roster/{u}/import", b).multipart().file(spreadsheet()).with(a)).hasStatus(404);
        assertThat(mvc.get().uri("/scorecards/{u}", b).with(a)).hasStatus(404);
        assertThat(mvc.get().uri("/scorecards").with(a)).hasStatus(403);
        assertUnitBUntouched();
    }

    @Test
    void aReporterReadsTheirOwnUnit() {
        assertThat(mvc.get().uri("/api/v1/units/{u}/roster", unitA.id()).with(api(reporterA))).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/units/{u}/scorecard", unitA.id()).with(api(reporterA))).hasStatusOk();
        assertThat(mvc.get().uri("/roster").with(page(reporterA))).hasStatusOk().bodyText().contains("甲局");
        assertThat(mvc.get().uri("/scorecard").with(page(reporterA))).hasStatusOk().bodyText().contains("甲局");
        assertThat(mvc.get().uri("/api/v1/roster/template").with(api(reporterA))).hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(mvc.get().uri("/roster/template").with(page(reporterA))).hasStatusOk();
    }

    @Test
    void aLeaderReadsEveryUnitButWritesNothingThroughTheApi() {
        Long b = unitB.id();
        Long m = memberB.id();
        RequestPostProcessor l = api(leader);

        assertThat(mvc.get().uri("/api/v1/units/{u}/roster", b).with(l)).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/units/{u}/roster/export", b).with(l)).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/units/{u}/scorecard", b).with(l)).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/scorecards").with(l)).hasStatusOk();
        assertThat(json(mvc.post().uri("/api/v1/units/{u}/roster", b)).with(l)).hasStatus(403);
        assertThat(json(mvc.put().uri("/api/v1/units/{u}/roster/{m}", b, m)).with(l)).hasStatus(403);
        assertThat(mvc.delete().uri("/api/v1/units/{u}/roster/{m}", b, m).with(l)).hasStatus(403);
        assertThat(mvc.post().uri("/api/v1/units/{u}/roster/import", b).multipart().file(spreadsheet()).with(l))
                .hasStatus(403);
        assertUnitBUntouched();
    }

    @Test
    void aLeaderReadsEveryUnitButWritesNothingThroughThePages() {
        Long b = unitB.id();
        Long m = memberB.id();
        RequestPostProcessor l = page(leader);

        assertThat(mvc.get().uri("/units/{u}/roster", b).with(l)).hasStatusOk().bodyText()
                .contains("乙**员").doesNotContain("乙局党员").doesNotContain("添加党员");
        assertThat(mvc.get().uri("/scorecards/{u}", b).with(l)).hasStatusOk();
        assertThat(mvc.get().uri("/scorecards").with(l)).hasStatusOk();
        assertThat(form(mvc.post().uri("/roster/{u}/members", b)).with(l)).hasStatus(403);
        assertThat(form(mvc.post().uri("/roster/{u}/members/{m}", b, m)).with(l)).hasStatus(403);
        assertThat(mvc.post().uri("/roster/{u}/members/{m}/delete", b, m).with(l)).hasStatus(403);
        assertThat(mvc.post().uri("/roster/{u}/import", b).multipart().file(spreadsheet()).with(l)).hasStatus(403);
        assertUnitBUntouched();
    }

    @Test
    void nobodySignedInGetsNothing() {
        assertThat(mvc.get().uri("/api/v1/units/{u}/roster", unitB.id())).hasStatus(401);
        assertThat(mvc.get().uri("/api/v1/units/{u}/scorecard", unitB.id())).hasStatus(401);
        assertThat(mvc.get().uri("/api/v1/scorecards")).hasStatus(401);
        assertThat(mvc.get().uri("/api/v1/roster/template")).hasStatus(401);
        assertThat(mvc.get().uri("/scorecards")).hasStatus(302);
        assertThat(mvc.get().uri("/units/{u}/roster", unitB.id())).hasStatus(302);
    }

    @Test
    void aStaleEditThroughTheApiGets409() {
        Account reporterB = new Platform(context).reporter(unitB);
        String stale = "{\"name\":\"乙局党员\",\"role\":\"LEADERSHIP\",\"studyHours\":41,\"version\":"
                + (memberB.version() + 5) + "}";

        MvcTestResult result = mvc.put().uri("/api/v1/units/{u}/roster/{m}", unitB.id(), memberB.id())
                .contentType(MediaType.APPLICATION_JSON).content(stale).with(api(reporterB)).exchange();

        assertThat(result).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertUnitBUntouched();
    }

    private void assertUnitBUntouched() {
        List<RosterMember> members = roster.findByUnitIdAndYearIdOrderByIdAsc(unitB.id(), memberB.yearId());
        assertThat(members).extracting(RosterMember::name, RosterMember::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("乙局党员", memberB.version()));
    }

    private static MockMvcTester.MockMvcRequestBuilder json(MockMvcTester.MockMvcRequestBuilder request) {
        return request.contentType(MediaType.APPLICATION_JSON).content(MEMBER_JSON);
    }

    private static MockMvcTester.MockMvcRequestBuilder form(MockMvcTester.MockMvcRequestBuilder request) {
        return request.param("name", "闯入者").param("role", "ORDINARY").param("studyHours", "30").param("version", "0");
    }

    private static MockMultipartFile spreadsheet() {
        return new MockMultipartFile("file", "名册.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", templateWithOneMember());
    }

    private static byte[] templateWithOneMember() {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("姓名");
            header.createCell(1).setCellValue("身份");
            header.createCell(2).setCellValue("学时");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("闯入者");
            row.createCell(1).setCellValue("普通党员");
            row.createCell(2).setCellValue(30);
            workbook.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static RequestPostProcessor api(Account account) {
        return httpBasic(account.username(), Platform.PASSWORD);
    }

    private static RequestPostProcessor page(Account account) {
        RequestPostProcessor signedIn = user(Platform.user(account));
        return request -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
    }
}
