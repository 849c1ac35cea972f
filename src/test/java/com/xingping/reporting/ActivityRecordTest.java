package com.xingping.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.xingping.kernel.Refusal;

/** The record guards its own transitions, whatever calls it. */
class ActivityRecordTest {
    private static final Instant NOW = Instant.parse("2018-03-06T08:00:00Z");
    private static final ActivityRecord.Content CONTENT = new ActivityRecord.Content("主题党日", LocalDate.of(2018, 3, 5),
            "会议室", "全体党员", "学习党章", null, null, null);

    private static ActivityRecord draft() {
        return new ActivityRecord(7L, 1L, 2L, "norms-3c", "主题党日", LocalDate.of(2018, 3, 5), "会议室", "全体党员", "学习党章",
                null, null, null, RecordState.DRAFT, null, false, null, "reporter", NOW, null, null, null, 0);
    }

    private static ActivityRecord submitted() {
        return draft().submit(NOW);
    }

    private static ActivityRecord approved() {
        return submitted().approve("reviewer", NOW);
    }

    @Test
    void aDraftIsSubmittedThenApprovedByTheReviewer() {
        ActivityRecord approved = approved();

        assertThat(approved.state()).isEqualTo(RecordState.APPROVED);
        assertThat(approved.reviewedBy()).isEqualTo("reviewer");
        assertThat(approved.submittedAt()).isEqualTo(NOW);
        assertThat(approved.counts()).isTrue();
    }

    @Test
    void approvingTwiceIsRefused() {
        assertThatThrownBy(() -> approved().approve("reviewer", NOW))
                .isInstanceOf(RecordTransitionRefused.class).hasMessageContaining("已通过").hasMessageContaining("不能通过");
    }

    @Test
    void approvingADraftIsRefused() {
        assertThatThrownBy(() -> draft().approve("reviewer", NOW))
                .isInstanceOf(RecordTransitionRefused.class).hasMessage("记录当前为“草稿”，不能通过");
    }

    @Test
    void editingAnApprovedRecordIsRefused() {
        assertThatThrownBy(() -> approved().edit(CONTENT, 2)).isInstanceOf(RecordTransitionRefused.class)
                .hasMessageContaining("不能修改");
    }

    @Test
    void editingASubmittedRecordIsRefused() {
        assertThatThrownBy(() -> submitted().edit(CONTENT, 1)).isInstanceOf(RecordTransitionRefused.class);
    }

    @Test
    void submittingTwiceIsRefused() {
        assertThatThrownBy(() -> submitted().submit(NOW)).isInstanceOf(RecordTransitionRefused.class)
                .hasMessageContaining("待审核");
    }

    @Test
    void returningWithoutReasonIsRefused() {
        assertThatThrownBy(() -> submitted().returnForChanges("reviewer", "  ", NOW))
                .isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).field()).isEqualTo("reason");
        assertThatThrownBy(() -> submitted().returnForChanges("reviewer", null, NOW)).isInstanceOf(Refusal.class);
    }

    @Test
    void rejectingWithoutReasonIsRefused() {
        assertThatThrownBy(() -> submitted().reject("reviewer", "", NOW)).isInstanceOf(Refusal.class)
                .hasMessage("请写明理由");
    }

    @Test
    void returningADraftIsRefused() {
        assertThatThrownBy(() -> draft().returnForChanges("reviewer", "补充照片", NOW)).isInstanceOf(RecordTransitionRefused.class);
    }

    @Test
    void aReturnedRecordKeepsTheReasonAndCanBeEditedAndResubmitted() {
        ActivityRecord returned = submitted().returnForChanges("reviewer", " 请补充签到表 ", NOW);
        ActivityRecord resubmitted = returned.edit(CONTENT, returned.version()).submit(NOW.plusSeconds(60));

        assertThat(returned.reviewReason()).isEqualTo("请补充签到表");
        assertThat(resubmitted.state()).isEqualTo(RecordState.SUBMITTED);
        assertThat(resubmitted.approve("reviewer", NOW).state()).isEqualTo(RecordState.APPROVED);
    }

    @Test
    void aRejectedRecordIsFinal() {
        ActivityRecord rejected = submitted().reject("reviewer", "与考评项目无关", NOW);

        assertThatThrownBy(() -> rejected.edit(CONTENT, 1)).isInstanceOf(RecordTransitionRefused.class);
        assertThatThrownBy(() -> rejected.submit(NOW)).isInstanceOf(RecordTransitionRefused.class);
        assertThatThrownBy(() -> rejected.approve("reviewer", NOW)).isInstanceOf(RecordTransitionRefused.class);
    }

    @Test
    void onlyAnApprovedRecordCanBeMarkedFalsifiedOnceAndWithAReason() {
        assertThatThrownBy(() -> submitted().markFalsified("照片系网上下载")).isInstanceOf(RecordTransitionRefused.class);
        assertThatThrownBy(() -> approved().markFalsified(" ")).isInstanceOf(Refusal.class);

        ActivityRecord falsified = approved().markFalsified("照片系网上下载");

        assertThat(falsified.falsified()).isTrue();
        assertThat(falsified.falsifiedReason()).isEqualTo("照片系网上下载");
        assertThat(falsified.state()).isEqualTo(RecordState.APPROVED);
        assertThatThrownBy(() -> falsified.markFalsified("再次")).isInstanceOf(Refusal.class).hasMessageContaining("已被认定");
    }

    @Test
    void anEditKeepsTheThresholdRateExactly() {
        ActivityRecord edited = draft().edit(new ActivityRecord.Content("安装率", LocalDate.of(2018, 6, 1), null, null, null,
                null, new BigDecimal("0.6500"), null), 0);

        assertThat(edited.rate()).isEqualByComparingTo("0.65");
    }
}
