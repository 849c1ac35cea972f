package com.xingping.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemWordsTest {

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "'starThreshold: 0.8 '       | 'starThreshold: 1.5 '       | 须为大于 0、不超过 1 的比例，而不是 1.5",
            "'halfYearSplit: \"06-16\"'  | 'halfYearSplit: \"June\"'   | 须为 MM-DD 形式的月日，如 12-16，而不是 June",
            "'conductVetoTies: pass'     | 'conductVetoTies: maybe'    | 须为 pass 或 fail，而不是 maybe",
            "'  cap: 10'                 | '  cap: -1'                 | 不能为负数，而不是 -1",
            "'  cap: 10'                 | '  cap: ten'                | 须为数字，而不是 \"ten\"",
            "'  starThreshold: 0.8 '     | '  starThreshold: [0.8 '    | 不是可读的 YAML（语法错误，见所标行附近；请检查缩进、冒号和引号）"})
    void theLoadersReasonsReadInChinese(String from, String to, String chinese) {
        String text = RubricLoader.bundledText("shaoxing-2018");
        assertThat(text).contains(from);

        assertThatThrownBy(() -> RubricLoader.parse(text.replace(from, to), "edited"))
                .isInstanceOfSatisfying(RubricException.class, e -> assertThat(e.problems())
                        .extracting(problem -> ProblemWords.chinese(problem.substring(problem.indexOf(": ") + 2)))
                        .contains(chinese));
    }

    @org.junit.jupiter.api.Test
    void aReasonWithoutWordsIsShownAsTheLoaderWroteIt() {
        assertThat(ProblemWords.chinese("something new")).isEqualTo("（加载器原文）something new");
        assertThat(ProblemWords.chinese("duplicate level excellent")).isEqualTo("重复的等级 excellent");
    }
}
