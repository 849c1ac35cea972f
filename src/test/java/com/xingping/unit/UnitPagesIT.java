package com.xingping.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;

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

/**
 * The committee's unit form as a browser sends it: a checkbox left unticked is not sent at all, so
 * the form must read a missing box as "no", on creation and on editing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UnitPagesIT {
    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Units units;

    Platform platform;
    String code;

    @BeforeEach
    void signedInAdmin() {
        platform = new Platform(context);
        code = "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createsAUnitWithBothBoxesUnticked() {
        assertThat(mvc.post().uri("/units").param("code", code).param("name", "市统计局").param("version", "")
                .with(admin())).hasStatus3xxRedirection().hasRedirectedUrl("/units");

        Unit created = units.findByCode(code).orElseThrow();
        assertThat(created.name()).isEqualTo("市统计局");
        assertThat(created.inTargetAssessment()).isFalse();
        assertThat(created.committeeOwn()).isFalse();
    }

    @Test
    void createsAUnitWithOneBoxTicked() {
        assertThat(mvc.post().uri("/units").param("code", code).param("name", "市统计局")
                .param("inTargetAssessment", "true").with(admin())).hasStatus3xxRedirection();

        Unit created = units.findByCode(code).orElseThrow();
        assertThat(created.inTargetAssessment()).isTrue();
        assertThat(created.committeeOwn()).isFalse();
    }

    @Test
    void untickingABoxWhenEditingClearsIt() {
        Unit unit = platform.unit("市档案馆");
        assertThat(unit.inTargetAssessment()).isTrue();

        assertThat(mvc.post().uri("/units/{id}", unit.id()).param("code", unit.code()).param("name", "市档案馆（新名）")
                .param("version", String.valueOf(unit.version())).with(admin()))
                .hasStatus3xxRedirection().hasRedirectedUrl("/units");

        Unit edited = units.findById(unit.id()).orElseThrow();
        assertThat(edited.name()).isEqualTo("市档案馆（新名）");
        assertThat(edited.inTargetAssessment()).isFalse();
        assertThat(edited.committeeOwn()).isFalse();
    }

    @Test
    void aRefusedUnitFormIsShownAgainInChinese() {
        assertThat(mvc.post().uri("/units").param("code", code).param("name", " ").with(admin()))
                .hasStatusOk().bodyText().contains("新建单位", "value=\"" + code + "\"").doesNotContain("\"detail\"");
    }

    @Test
    void theFormShowsTheStoredBoxes() {
        Unit unit = platform.unit("市机关事务局");

        assertThat(mvc.get().uri("/units/{id}/edit", unit.id()).with(admin())).hasStatusOk().bodyText()
                .containsPattern("id=\"inTargetAssessment\"[^>]*checked")
                .doesNotContainPattern("id=\"committeeOwn\"[^>]*checked");
    }

    @Test
    void theListFindsUnitsByCodeOrNameAndIsPaged() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 1; i <= 3; i++) {
            platform.unit("检索" + marker + "局" + i);
        }

        String first = mvc.get().uri("/units?q={q}&size=2", marker).with(admin()).exchange().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String second = mvc.get().uri("/units?q={q}&size=2&page=2", marker).with(admin()).exchange().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(first).contains("共 3 个单位", "第 1 / 2 页");
        assertThat(second).contains("第 2 / 2 页");
        for (int i = 1; i <= 3; i++) {
            String name = "检索" + marker + "局" + i;
            assertThat(first.contains(name) ^ second.contains(name)).as(name + " on exactly one page").isTrue();
        }
        assertThat(mvc.get().uri("/api/v1/units?q={q}&size=2", marker).with(admin())).hasStatusOk()
                .bodyJson().extractingPath("$.total").asNumber().isEqualTo(3);
        assertThat(mvc.get().uri("/api/v1/units?q={q}&size=2&page=2", marker).with(admin())).hasStatusOk()
                .bodyJson().extractingPath("$.items.length()").asNumber().isEqualTo(1);
    }

    @Test
    void aReporterListsOnlyTheirOwnUnit() {
        Unit own = platform.unit("市审计局");
        RequestPostProcessor reporter = user(Platform.user(platform.reporter(own)));

        assertThat(mvc.get().uri("/api/v1/units").with(reporter)).hasStatusOk().bodyJson()
                .extractingPath("$.items[*].id").asArray().containsExactly(own.id().intValue());
    }

    private RequestPostProcessor admin() {
        RequestPostProcessor signedIn = user(Platform.user(platform.account(Role.ADMIN)));
        return request -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
    }
}
