package com.xingping.facts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.xingping.identity.Account;
import com.xingping.identity.Role;
import com.xingping.reporting.NamedParts;
import com.xingping.rubric.Element;
import com.xingping.rubric.Part;
import com.xingping.support.Browser;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitRegistry;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/**
 * A unit outside the 目标责任制考核 with five stars, sound leadership and an accepted 行风评议 reaches
 * 视同先进 (备注2) once the committee judges its work level with a 优胜单位 (performance-1), which the
 * facts page asks for on such a unit in those words.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeemedAdvancedBrowserIT {
    private static final Instant NOW = Instant.parse("2018-11-01T08:00:00Z");
    private static final LocalDate SPRING = LocalDate.of(2018, 3, 1);
    private static final LocalDate AUTUMN = LocalDate.of(2018, 9, 1);
    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    CommitteeSeeds committee;

    Browser browser;
    AssessmentYear year;
    Unit unit;
    Account reviewer;

    @BeforeAll
    void aFiveStarUnitOutsideTheTargetAssessment() {
        browser = new Browser(port);
        Platform platform = new Platform(context);
        year = platform.year();
        unit = context.getBean(UnitRegistry.class).seed(Unit.create("D" + UUID.randomUUID().toString().substring(0, 7),
                "市地方金融监管局", false, false, NOW));
        reviewer = platform.account(Role.REVIEWER);
        for (Element element : context.getBean(YearRegistry.class).rubricOf(year).elements()) {
            switch (element.kind()) {
                case CHECK -> platform.approved(unit, year, element.id(), SPRING, element.name());
                case TIER -> platform.approvedLevel(unit, year, element.id(), SPRING, "standard");
                case THRESHOLD -> platform.approvedRate(unit, year, element.id(), SPRING, "0.9");
                case COUNT -> count(platform, element);
                default -> {
                }
            }
        }
        committee.seed(List.of(fact(FactKind.ASSESSED, "norms-1d", new BigDecimal("6"), null),
                fact(FactKind.PERFORMANCE, "leadership", null, true),
                fact(FactKind.PERFORMANCE, "conduct", null, true)));
    }

    private void count(Platform platform, Element element) {
        if (!element.hasParts()) {
            for (int i = 0; i < times(element.max(), element); i++) {
                platform.approved(unit, year, element.id(), SPRING.plusDays(i), element.name());
            }
            return;
        }
        for (Part part : element.parts()) {
            LocalDate date = part.half() == Part.Half.SECOND ? AUTUMN : SPRING;
            for (int i = 0; i < times(part.max(), element); i++) {
                if (NamedParts.asked(element)) {
                    platform.approvedPart(unit, year, element.id(), date.plusDays(i), part.id());
                } else {
                    platform.approved(unit, year, element.id(), date.plusDays(i), element.name());
                }
            }
        }
    }

    private static int times(BigDecimal max, Element element) {
        return max.divide(element.each(), 0, RoundingMode.CEILING).intValueExact();
    }

    private CommitteeFact fact(FactKind kind, String subject, BigDecimal amount, Boolean flag) {
        return new CommitteeFact(null, year.id(), unit.id(), kind, subject, null, amount, null, flag, null,
                LocalDate.of(2018, 10, 1), "绍市机工委〔2018〕12号", "考核", FactState.ACTIVE, null, "admin", NOW, null,
                null, null, null, null);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void theCommitteeJudgesPerformanceOneAndTheUnitIsDeemedAdvanced() {
        Page page = browser.signIn(reviewer.username(), Platform.PASSWORD);
        page.navigate("/results/draft/units/" + unit.id() + "?yearId=" + year.id());
        Locator standing = page.locator("#standing");
        assertThat(standing).containsText("党建优：是");
        assertThat(standing).containsText("业绩优：否");
        assertThat(standing).containsText("双优：否");
        assertThat(standing).not().containsText("视同先进");

        page.navigate("/facts/units/" + unit.id() + "?yearId=" + year.id());
        Locator target = page.locator("#performance-target");
        assertThat(target.locator("h3")).hasText("工作成效与目标责任制考核优胜单位相当（工委判定）");
        assertThat(target.locator("#help-target")).containsText("本年度不参加目标责任制考核");
        assertThat(target.locator("#help-target")).containsText("视同先进党组织");
        target.locator("summary").click();
        target.getByLabel("结果").selectOption("true");
        target.getByLabel("日期").fill("2018-11-20");
        target.getByLabel("依据文件（文号）").fill("绍市机工委〔2018〕20号");
        target.getByLabel("事由").fill("全年工作成效与目标责任制考核优胜单位相当");
        target.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("保存")).click();
        assertThat(page.locator(".alert-success")).isVisible();

        page.navigate("/results/draft/units/" + unit.id() + "?yearId=" + year.id());
        assertThat(page.locator("#standing")).containsText("业绩优：是");
        assertThat(page.locator("#standing")).containsText("双优：是");
        assertThat(page.locator("#standing .badge.text-bg-warning")).hasText("视同先进");
    }
}
