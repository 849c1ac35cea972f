package com.xingping.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import com.xingping.results.ProgressBoard.State;
import com.xingping.results.ProgressBoard.Tracker;

class ProgressBoardTest {
    private final ProgressBoard board = new ProgressBoard(Clock.systemUTC());

    @Test
    void aTaskReportsEachStepThenItsResult() {
        Tracker tracker = board.start("publish-12345678", "发布 2018 年度结果", 4, "核对已发布的版本");
        assertThat(board.get("publish-12345678")).get().satisfies(t -> {
            assertThat(t.percent()).isZero();
            assertThat(t.running()).isTrue();
        });

        tracker.step("汇总各单位事实");
        tracker.step("计分并生成快照");
        assertThat(board.get(tracker.id()).orElseThrow().percent()).isEqualTo(50);
        assertThat(board.get(tracker.id()).orElseThrow().step()).isEqualTo("计分并生成快照");

        tracker.done("已发布第 3 版", "/results/3?yearId=1");
        assertThat(board.get(tracker.id())).get().satisfies(t -> {
            assertThat(t.percent()).isEqualTo(100);
            assertThat(t.state()).isEqualTo(State.DONE);
            assertThat(t.link()).isEqualTo("/results/3?yearId=1");
        });
    }

    @Test
    void aFailedTaskSaysWhyAndAMalformedIdIsReplaced() {
        Tracker tracker = board.start("<script>", "发布", 4, "开始");
        tracker.failed("未发布：已由他人发布");

        assertThat(tracker.id()).matches("[0-9a-f-]{36}");
        assertThat(board.get(tracker.id()).orElseThrow().state()).isEqualTo(State.FAILED);
    }

    @Test
    void onlyTheMostRecentTasksAreRemembered() {
        for (int i = 0; i < 30; i++) {
            board.start(null, "任务 " + i, 1, "开始");
        }

        assertThat(board.recent()).hasSize(20);
    }
}
