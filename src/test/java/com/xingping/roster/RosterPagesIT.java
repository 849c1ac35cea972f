package com.xingping.roster;

import static com.xingping.roster.Sheets.header;
import static com.xingping.roster.Sheets.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
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
import com.xingping.support.Platform;
import com.xingping.support.Xlsx;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/** A reporter keeping the roster through the pages and the API. */
@SpringBootTest
@AutoConfigureMockMvc
class RosterPagesIT {
    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Roster roster;

    Platform platform;
    AssessmentYear year;
    Unit unit;
    Account reporter;

    @BeforeEach
    void aUnitWithItsReporter() {
        platform = new Platform(context);
        year = platform.year();
        unit = platform.unit("市审计局");
        reporter = platform.reporter(unit);
    }

    @Test
    void theCommitteeFindsAUnitsRosterBySearchingNotByScrollingThroughEveryUnit() {
        RequestPostProcessor reviewer = user(Platform.user(platform.account(com.xingping.identity.Role.REVIEWER)));

        assertThat(mvc.get().uri("/roster?q={q}", unit.code()).with(reviewer)).hasStatusOk().bodyText()
                .contains("共 1 个单位", "href=\"/units/" + unit.id() + "/roster\"");
        assertThat(mvc.get().uri("/roster?size=1").with(reviewer)).hasStatusOk().bodyText()
                .contains("第 1 / ", "rel=\"next\"");
    }

    @Test
    void addsEditsAndRemovesAMemberThroughThePage() {
        assertThat(mvc.post().uri("/roster/{u}/members", unit.id()).param("name", "张三").param("role", "ORDINARY")
                .param("studyHours", "20").with(page())).hasStatus3xxRedirection()
                .hasRedirectedUrl("/roster?unitId=" + unit.id() + "&yearId=" + year.id());
        RosterMember added = members().get(0);

        assertThat(mvc.get().uri("/roster").with(page())).hasStatusOk().bodyText()
                .contains("张三", "共 1 人，其中 0 人达到规定学时", "未达 24 学时", "导入会用文件中的党员替换 2018 年度的整份名册");
        assertThat(mvc.get().uri("/roster/{u}/members/{m}/edit", unit.id(), added.id()).with(page())).hasStatusOk()
                .bodyText().contains("value=\"20\"");
        assertThat(mvc.post().uri("/roster/{u}/members/{m}", unit.id(), added.id()).param("name", "张三")
                .param("role", "LEADERSHIP").param("studyHours", "45").param("version", String.valueOf(added.version()))
                .with(page())).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/roster").with(page())).bodyText().contains("共 1 人，其中 1 人达到规定学时");
        assertThat(mvc.post().uri("/roster/{u}/members/{m}/delete", unit.id(), added.id())
                .param("version", String.valueOf(added.version())).with(page())).hasStatus(409);
        assertThat(mvc.post().uri("/roster/{u}/members/{m}/delete", unit.id(), added.id())
                .param("version", String.valueOf(members().get(0).version())).with(page())).hasStatus3xxRedirection();
        assertThat(members()).isEmpty();
    }

    @Test
    void aRefusedFormIsShownAgainWithTheReason() {
        MvcTestResult result = mvc.post().uri("/roster/{u}/members", unit.id()).param("name", "李四")
                .param("role", "ORDINARY").param("studyHours", "abc").with(page()).exchange();

        assertThat(result).hasStatusOk().bodyText().contains("学时须为数字，不是“abc”", "value=\"李四\"");
        assertThat(members()).isEmpty();
    }

    @Test
    void importsThroughThePageAndListsEveryBadRowWhenRefused() {
        MockMultipartFile good = file(xlsx(header(), new Object[] {"张三", "班子成员", 41}, new Object[] {"李四", "普通党员", 24}));
        MockMultipartFile bad = file(xlsx(header(), new Object[] {"张三", "班子成员", 41}, new Object[] {"李四", "普通党员", -2},
                new Object[] {"", "普通党员", 24}));

        assertThat(mvc.post().uri("/roster/{u}/import", unit.id()).multipart().file(good).with(page()))
                .hasStatus3xxRedirection().flash().containsEntry("notice", "已导入 2 名党员，原名册已被替换");
        assertThat(mvc.post().uri("/roster/{u}/import", unit.id()).multipart().file(bad).with(page()))
                .hasStatus3xxRedirection().flash()
                .containsEntry("importProblems", List.of("第 3 行：学时 不能为负数", "第 4 行：姓名 不能为空"));
        assertThat(members()).extracting(RosterMember::name).containsExactly("张三", "李四");
    }

    @Test
    void theImportPageShowsTheBadRowsAfterTheRedirect() {
        MockMultipartFile bad = file(xlsx(header(), new Object[] {"李四", "普通党员", -2}));
        MvcTestResult refused = mvc.post().uri("/roster/{u}/import", unit.id()).multipart().file(bad).with(page()).exchange();

        // the flash travels in the page session (a database session): follow the redirect with its cookie
        MvcTestResult shown = mvc.get().uri(refused.getResponse().getRedirectedUrl())
                .cookie(refused.getResponse().getCookie("SESSION")).with(page()).exchange();

        assertThat(shown).hasStatusOk().bodyText().contains("第 2 行：学时 不能为负数", "未导入任何党员");
    }

    @Test
    void theApiRefusesABadFileWithEveryRowAsProblemDetails() {
        MockMultipartFile bad = file(xlsx(header(), new Object[] {"张三", "班子成员", 41}, new Object[] {"李四", "群众", 24},
                new Object[] {"王五", "普通党员", -1}));

        MvcTestResult result = mvc.post().uri("/api/v1/units/{u}/roster/import", unit.id()).multipart().file(bad)
                .with(api()).exchange();

        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[*].line").asArray()
                .containsExactly("第 3 行：身份 须为“班子成员”或“普通党员”，不是“群众”", "第 4 行：学时 不能为负数");
        assertThat(result).bodyJson().extractingPath("$.errors[1].row").isEqualTo(4);
        assertThat(members()).isEmpty();
    }

    @Test
    void theApiImportsAGoodFileAndAnswersTheNewRoster() {
        MvcTestResult result = mvc.post().uri("/api/v1/units/{u}/roster/import", unit.id())
                .multipart().file(file(xlsx(header(), new Object[] {"张三", "班子成员", 41}))).with(api()).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.members[0].name").isEqualTo("张三");
        assertThat(result).bodyJson().extractingPath("$.met").isEqualTo(1);
    }

    @Test
    void theApiRefusesANonSpreadsheetAndAMissingFile() {
        MockMultipartFile pdf = new MockMultipartFile("file", "名册.xlsx", "application/pdf", Xlsx.pdf());
        MockMultipartFile text = new MockMultipartFile("file", "名册.xlsx", "text/plain", "姓名,学时".getBytes(StandardCharsets.UTF_8));

        assertThat(mvc.post().uri("/api/v1/units/{u}/roster/import", unit.id()).multipart().file(pdf).with(api()))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].reason").asString()
                .contains("不是可导入的表格", ".xlsx、.xls", ".ods", "CSV 文件（UTF-8 或 GBK 编码）");
        assertThat(mvc.post().uri("/api/v1/units/{u}/roster/import", unit.id()).multipart().file(text).with(api()))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].reason").asString()
                .startsWith("第 1 行（CSV，UTF-8 编码）须为表头“姓名”“身份”“学时”");
        assertThat(mvc.post().uri("/api/v1/units/{u}/roster/import", unit.id()).multipart().with(api()))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].reason").isEqualTo("请选择要导入的表格文件");
    }

    @Test
    void theApiAddsEditsAndRemovesAMember() {
        MvcTestResult added = mvc.post().uri("/api/v1/units/{u}/roster", unit.id()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"赵六\",\"role\":\"ORDINARY\",\"studyHours\":24.5}").with(api()).exchange();
        assertThat(added).hasStatus(201).bodyJson().extractingPath("$.studyHours").isEqualTo(24.5);
        RosterMember member = members().get(0);

        assertThat(mvc.put().uri("/api/v1/units/{u}/roster/{m}", unit.id(), member.id()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"赵六\",\"role\":\"LEADERSHIP\",\"studyHours\":40,\"version\":" + member.version() + "}")
                .with(api())).hasStatusOk().bodyJson().extractingPath("$.role").isEqualTo("LEADERSHIP");
        assertThat(mvc.put().uri("/api/v1/units/{u}/roster/{m}", unit.id(), member.id()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"赵六\",\"role\":\"LEADERSHIP\",\"studyHours\":-4}").with(api()))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("studyHours");
        assertThat(mvc.delete().uri("/api/v1/units/{u}/roster/{m}?version={v}", unit.id(), member.id(), member.version())
                .with(api())).hasStatus(409);
        assertThat(mvc.delete().uri("/api/v1/units/{u}/roster/{m}", unit.id(), member.id()).with(api())).hasStatus(204);
        assertThat(members()).isEmpty();
    }

    @Test
    void aClosedYearIsShownReadOnly() {
        AssessmentYear closed = platform.closedYear();

        assertThat(mvc.get().uri("/roster?yearId={y}", closed.id()).with(page())).hasStatusOk().bodyText()
                .contains("该年度已关闭，名册只读").doesNotContain("id=\"add-member\"", "id=\"import-roster\"");
        assertThat(mvc.post().uri("/api/v1/units/{u}/roster?yearId={y}", unit.id(), closed.id())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"赵六\",\"role\":\"ORDINARY\",\"studyHours\":24}")
                .with(api())).hasStatus(400).bodyJson().extractingPath("$.errors[0].reason").asString().contains("已关闭");
    }

    private List<RosterMember> members() {
        return roster.findByUnitIdAndYearIdOrderByIdAsc(unit.id(), year.id());
    }

    private static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("file", "名册.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
    }

    private RequestPostProcessor api() {
        return httpBasic(reporter.username(), Platform.PASSWORD);
    }

    private RequestPostProcessor page() {
        RequestPostProcessor signedIn = user(Platform.user(reporter));
        return request -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
    }
}
