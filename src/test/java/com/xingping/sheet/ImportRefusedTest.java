package com.xingping.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** A file wrong on every row is refused with every problem counted and a readable number of them listed. */
class ImportRefusedTest {

    @Test
    void aFileWrongOnTenThousandRowsListsTheFirstTwoHundredAndCountsTheRest() {
        List<RowProblem> problems = IntStream.rangeClosed(2, 10_001).mapToObj(row -> new RowProblem(row, "学时", "不能为负数", "")).toList();

        ImportRefused refused = new ImportRefused("党员", problems);

        assertThat(refused.reason()).isEqualTo("文件有 10000 处错误，未导入任何党员；请改正后重新导入");
        assertThat(refused.problems()).hasSize(200).first().isEqualTo(new RowProblem(2, "学时", "不能为负数", ""));
        assertThat(refused.unlisted()).isEqualTo(9_800);
        assertThat(refused.lines()).hasSize(201).endsWith("……另有 9800 处错误未列出（只列出前 200 处）");
        assertThat(String.join("\n", refused.lines()).getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(20_000);
    }

    @Test
    void aFewProblemsAreAllListed() {
        ImportRefused refused = new ImportRefused("单位", List.of(new RowProblem(3, "单位编码", "不存在", "（CSV，GBK 编码）")));

        assertThat(refused.lines()).containsExactly("第 3 行：单位编码 不存在（CSV，GBK 编码）");
        assertThat(refused.unlisted()).isZero();
    }
}
