package com.xingping.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.xingping.results.Standings.Standing;
import com.xingping.results.UnitSheet.ElementPart;
import com.xingping.results.UnitSheet.StarPart;

import tools.jackson.databind.node.ObjectNode;

/** A unit's explainable scorecard shows the edition's own numbers and explains them. */
class UnitSheetsTest {
    private final Edition edition = ResultsFixtures.example();

    @Test
    void everyElementHasTheEditionsPointsTheNoticesWordsAndItsExplanation() {
        UnitSheet sheet = ResultsFixtures.sheet("1");
        Standing standing = edition.standings().unit("1").orElseThrow();

        List<ElementPart> elements = sheet.stars().stream().flatMap(s -> s.criteria().stream())
                .flatMap(c -> c.elements().stream()).toList();
        assertThat(elements).hasSize(ResultsFixtures.RUBRIC.elements().size());
        assertThat(elements).allSatisfy(e -> {
            assertThat(e.value()).isEqualByComparingTo(standing.element(e.id()));
            assertThat(e.rule()).isEqualTo(ResultsFixtures.RUBRIC.element(e.id()).orElseThrow().source());
            assertThat(e.explanation()).isNotEmpty().noneMatch(line -> line.startsWith("规则："));
        });
        ElementPart norms3a = elements.stream().filter(e -> e.id().equals("norms-3a")).findFirst().orElseThrow();
        assertThat(norms3a.explanation()).contains("审核通过 6 次 × 0.4 分 = 2.4 分");
        assertThat(sheet.summary().total()).isEqualByComparingTo(standing.total());
        assertThat(sheet.summary().rank()).isEqualTo(standing.rank());
    }

    @Test
    void theTableShowsTheDeductionsByKindNotOnlyTheSeriousOnes() {
        // unit 6: study-B1 2 and democracy-B2 1, 通报批评 6 × 0.5 in democracy-3a, a false 规范化阵地 (3 × 2), 市纪委通报 5
        ResultTable.Row row = ResultTable.of(edition.standings(), ResultsFixtures.RUBRIC).rows().stream()
                .filter(r -> r.unitId() == 6L).findFirst().orElseThrow();

        assertThat(List.of(row.deducted().baseline(), row.deducted().penalties(), row.deducted().falsification(),
                row.serious())).usingElementComparator(BigDecimal::compareTo).containsExactly(
                new BigDecimal("3"), new BigDecimal("3"), new BigDecimal("6"), new BigDecimal("5"));
        assertThat(ResultsFixtures.sheet("6").summary().deducted()).isEqualTo(row.deducted());
    }

    @Test
    void theSheetExplainsEachStarTheBonusTheDeductionsThePerformanceAndTheStanding() {
        UnitSheet sheet = ResultsFixtures.sheet("6");

        StarPart democracy = sheet.stars().stream().filter(s -> s.id().equals("democracy")).findFirst().orElseThrow();
        assertThat(democracy.explanation()).contains("· 底线标准“无党员领导干部严重违纪违法情形”：扣 1 分",
                "获星线：15 分的 80%，即 12 分").last().asString().startsWith("未获民主星：").contains("违反底线标准，不论得分均不授星");
        assertThat(sheet.explained().bonus()).anyMatch(line -> line.startsWith("“一季一督查”年度综合评价为良好：1 分"));
        assertThat(sheet.explained().deductions()).contains("严重违纪违法扣 5 分：5 分（市纪委通报）"
                + "（备注3：党员干部严重违纪违法的，参照市纪委有关扣分规定执行）");
        assertThat(sheet.explained().performance()).last().asString().startsWith("业绩优：");
        assertThat(sheet.explained().standing()).last().asString().startsWith("排名第 " + sheet.summary().rank() + " 名");
    }

    @Test
    void aPublicationStoredBeforeTheExplanationsWereKeptStillReads() {
        Standing line = edition.standings().unit("6").orElseThrow();
        UnitDetail detail = UnitDetail.of(ResultsFixtures.RUBRIC, Snapshot.score(ResultsFixtures.exampleInput()),
                Snapshot.score(ResultsFixtures.exampleInput()).unit("6").orElseThrow(), Map.of(), Map.of());
        ObjectNode oldLine = (ObjectNode) PublicationUnits.JSON.valueToTree(line);
        oldLine.remove("deducted");
        ObjectNode oldSheet = (ObjectNode) PublicationUnits.JSON.valueToTree(detail);
        oldSheet.remove("explained");

        Standing readLine = PublicationUnits.JSON.readValue(oldLine.toString(), Standing.class);
        UnitDetail readSheet = PublicationUnits.JSON.readValue(oldSheet.toString(), UnitDetail.class);
        UnitSheet sheet = UnitSheets.build(EditionHead.of(edition), ResultsFixtures.RUBRIC, ResultsFixtures.YEAR, readLine,
                8, readSheet);

        assertThat(readLine.deducted()).isNull();
        assertThat(readLine.seriousDeductions()).isEqualByComparingTo("5");
        assertThat(readSheet.explained()).isNull();
        assertThat(sheet.explained()).isNull();
        assertThat(sheet.stars()).allSatisfy(star -> assertThat(star.explanation()).isEmpty());
        assertThat(sheet.stars().get(0).criteria().get(0).elements().get(0).explanation()).isNotEmpty();
        assertThat(ResultTable.of(new Standings("shaoxing-2018", 2018, List.of(readLine)), ResultsFixtures.RUBRIC)
                .rows().get(0).deducted()).isNull();
    }

    @Test
    void theLinesTakenFromTheEngineAreTheOutputDocumentsLines() {
        var result = Snapshot.score(ResultsFixtures.exampleInput());

        assertThat(Standings.of(result)).isEqualTo(Standings.parse(Snapshot.output(ResultsFixtures.RUBRIC, result)));
    }

    @Test
    void eachStarCarriesItsThresholdTheCityMedianAndWhyItWasWithheld() {
        UnitSheet sheet = ResultsFixtures.sheet("1");

        StarPart study = sheet.stars().get(0);
        assertThat(study.threshold()).isEqualByComparingTo("16");
        assertThat(study.median()).isEqualByComparingTo(Numbers.median(edition.standings().units().stream()
                .map(u -> u.star("study").score()).toList()));
        assertThat(sheet.stars()).allSatisfy(star -> assertThat(star.awarded()).isEqualTo(star.withheld().isEmpty()));
        assertThat(sheet.stars()).filteredOn(star -> !star.awarded()).allSatisfy(star ->
                assertThat(star.withheld()).isNotEmpty());
    }

    @Test
    void performanceShowsEachConditionAndTheVetoWhereItApplies() {
        Standing vetoed = edition.standings().units().stream().filter(Standing::vetoed).findFirst().orElseThrow();

        UnitSheet sheet = ResultsFixtures.sheet(vetoed.id());

        assertThat(sheet.summary().vetoed()).isTrue();
        assertThat(sheet.performance().vetoed()).isTrue();
        assertThat(sheet.performance().excellent()).isFalse();
        assertThat(sheet.performance().conditions()).extracting(UnitSheet.Condition::id)
                .containsExactly("performance-1", "performance-2", "performance-3", "performance-V");
        assertThat(sheet.performance().conditions().get(3).met()).isFalse();
        assertThat(sheet.performance().place()).isGreaterThan(sheet.performance().ratedUnits() - 3);
    }

    @Test
    void theRecordsBehindEachElementGiveItsListAndTheMonthlyActivity() {
        String records = """
                {"1": {"norms-3a": [
                  {"id": 11, "title": "支部党员大会", "date": "2018-01-05", "level": null, "rate": null, "falsified": false, "use": "COUNTED"},
                  {"id": 12, "title": "虚报的会议", "date": "2018-01-20", "level": null, "rate": null, "falsified": true, "use": "COUNTED"},
                  {"id": 13, "title": "考核期后", "date": "2018-12-20", "level": null, "rate": null, "falsified": false, "use": "OUTSIDE_WINDOW"}],
                  "study-1a": [{"id": 14, "title": "方案", "date": "2017-12-20", "level": null, "rate": null, "falsified": false, "use": "COUNTED"}]}}""";
        UnitSheet sheet = ResultsFixtures.sheet(ResultsFixtures.exampleInput(), "1",
                RecordsDocument.read(records).get("1"));

        ElementPart norms3a = sheet.stars().get(1).criteria().get(2).elements().get(0);
        assertThat(norms3a.id()).isEqualTo("norms-3a");
        assertThat(norms3a.records()).extracting(RecordRef::title).containsExactly("支部党员大会", "虚报的会议", "考核期后");
        assertThat(norms3a.records().get(2).counted()).isFalse();
        assertThat(sheet.activity().months()).hasSize(13).startsWith("2017-12").endsWith("2018-12");
        assertThat(sheet.activity().counts()).startsWith(1, 2, 0);
        assertThat(sheet.activity().total()).isEqualTo(3);
    }

    @Test
    void chartDataCarriesTheSameNumbersAsTheTables() {
        UnitSheet sheet = ResultsFixtures.sheet("2");
        ResultTable table = ResultTable.of(edition.standings(), ResultsFixtures.RUBRIC);

        String radar = Charts.radar(sheet);
        String ranking = Charts.ranking(table);

        for (StarPart star : sheet.stars()) {
            assertThat(radar).contains("\"name\":\"" + star.name() + "\"");
        }
        assertThat(radar).contains("\"unit\":[" + String.join(",", sheet.stars().stream()
                .map(s -> s.score().toPlainString()).toList()) + "]");
        assertThat(radar).contains("\"median\":[" + String.join(",", sheet.stars().stream()
                .map(s -> s.median().toPlainString()).toList()) + "]");
        assertThat(ranking).contains("\"total\":" + table.rows().get(0).total().toPlainString());
        assertThat(Charts.starDistribution(table)).contains("\"counts\":[" + String.join(",",
                table.starDistribution().stream().map(String::valueOf).toList()) + "]");
        assertThat(table.starDistribution().stream().mapToInt(Integer::intValue).sum()).isEqualTo(8);
    }
}
