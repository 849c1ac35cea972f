package com.xingping.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ScoringInputWriterTest {

    @Test
    void theExampleYearReadsBackAsTheSameFacts() {
        ScoringInput example = read(InvalidDocuments.exampleYear());

        ScoringInput again = read(ScoringInputWriter.write(example));

        assertSameFacts(again, example);
    }

    @Test
    void everyKindOfFactReadsBackTheSame() {
        UnitFacts everything = UnitFacts.builder("17").name("市财政局").inTargetAssessment(true)
                .check("study-1a").check("innovation-3a")
                .count("norms-3a", 12).count("study-2b", 0).falsified("norms-3a", 2)
                .count("norms-1a", "party", 3).count("norms-1a", "mass", 1).falsified("norms-1a", "party", 1)
                .count("study-3b", "second-half", 2)
                .falseClaim("study-1a", FalseClaim.checked()).falseClaim("study-1c", FalseClaim.checked())
                .falseClaim("innovation-2e", FalseClaim.level("standard"))
                .falseClaim("innovation-3d", FalseClaim.measured(new BigDecimal("0.75")))
                .falseClaim("norms-1d", FalseClaim.measured(new BigDecimal("6")))
                .assessed("norms-1d", "5.5").tier("innovation-2e", "active").rate("innovation-3d", "0.6500")
                .member(Role.LEADERSHIP, "42.00").member(Role.ORDINARY, "20.5")
                .penalty("study-2b", "criticized", 1).penalty("study-3a", "unimplemented", 3)
                .penalty("democracy-3a", "criticized", 0)
                .baselineViolation("study-B1", "2").seriousDeduction("3", "市纪委通报 2018-07")
                .seriousDeduction(new SeriousDeduction(new BigDecimal("1.5"), null))
                .performance(new PerformanceFacts(true, true, new BigDecimal("91.5"), false, false))
                .bonus(new BonusFacts(
                        List.of(new Award("机关党建品牌", "provincial", false, LocalDate.of(2018, 5, 2))),
                        List.of(new Award("智慧党建", "municipal", true, LocalDate.of(2018, 9, 10)),
                                new Award("红色驿站", "national", false, LocalDate.of(2018, 3, 1))),
                        true, false, "excellent"))
                .build();
        UnitFacts bare = UnitFacts.builder("18").committeeOwn(true).build();
        UnitFacts emptyRoster = UnitFacts.builder("19").name("市档案馆").emptyRoster()
                .performance(new PerformanceFacts(false, true, null, false, true)).build();
        ScoringInput input = new ScoringInput(ScoringFixtures.RUBRIC, 2018,
                new OfficialConduct(new BigDecimal("86.25"), Set.of("17")), List.of(everything, bare, emptyRoster));

        ScoringInput again = read(ScoringInputWriter.write(input));

        assertSameFacts(again, input);
        assertThat(again.conduct().mean()).isEqualByComparingTo("86.25");
        assertThat(again.conduct().bottom()).containsExactly("17");
        assertThat(again.units().get(0).falseClaims()).containsKeys("study-1a", "study-1c", "innovation-2e",
                "innovation-3d", "norms-1d");
        assertThat(again.units().get(0).count("norms-1a", "party")).isEqualTo(3);
        assertThat(again.units().get(1).roster()).as("no roster stays no roster").isNull();
        assertThat(again.units().get(2).roster()).as("an empty roster stays empty").isEmpty();
    }

    @Test
    void writesExactDecimalsInTheRubricsOrderAndTheSameTextEveryTime() {
        UnitFacts unit = UnitFacts.builder("1").check("norms-1b").check("study-1a").rate("innovation-3d", "0.30")
                .member(Role.ORDINARY, "24.50").build();
        ScoringInput input = new ScoringInput(ScoringFixtures.RUBRIC, 2018, List.of(unit));

        String text = ScoringInputWriter.write(input);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        ScoringInputWriter.write(read(text), stream);

        assertThat(text).contains("\"checks\":{\"study-1a\":true,\"norms-1b\":true}", "\"innovation-3d\":0.3",
                "\"hours\":24.5").doesNotContain("0.30", "E+");
        assertThat(stream.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void theWrittenDocumentScoresLikeTheFactsItCameFrom() {
        ScoringInput example = read(InvalidDocuments.exampleYear());
        ScoringEngine engine = new ScoringEngine(example.rubric());

        assertThat(output(engine.score(read(ScoringInputWriter.write(example)))))
                .isEqualTo(output(engine.score(example)));
    }

    private static void assertSameFacts(ScoringInput actual, ScoringInput expected) {
        assertThat(actual.rubric().id()).isEqualTo(expected.rubric().id());
        assertThat(actual.year()).isEqualTo(expected.year());
        assertThat(actual.conduct()).usingRecursiveComparison()
                .withComparatorForType(Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()), BigDecimal.class)
                .isEqualTo(expected.conduct());
        assertThat(actual.units()).usingRecursiveComparison()
                .withComparatorForType(Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()), BigDecimal.class)
                .isEqualTo(expected.units());
    }

    private static ScoringInput read(String json) {
        return ScoringDocumentReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String output(YearResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoringDocumentWriter.write(ScoringFixtures.RUBRIC, result, out, true);
        return out.toString(StandardCharsets.UTF_8);
    }
}
