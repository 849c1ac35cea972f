package com.xingping.reporting;

import static com.xingping.reporting.Fixtures.form;
import static com.xingping.reporting.Fixtures.signIn;
import static com.xingping.reporting.Fixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import com.xingping.facts.CommitteeDesk;
import com.xingping.facts.FactForm;
import com.xingping.facts.FactKind;
import com.xingping.identity.CurrentUser;
import com.xingping.unit.Unit;

/**
 * The reviewer's view of one record: where its element stands for the unit on the live scorecard and
 * what approving it would change, for each kind of element, with parts, deductions and false records.
 */
@SpringBootTest
class ReviewRecordIT {
    private static final LocalDate IN_WINDOW = LocalDate.of(2018, 3, 5);
    @Autowired
    ApplicationContext context;
    @Autowired
    RecordDesk desk;
    @Autowired
    ReviewDesk review;
    @Autowired
    ReviewRecords reviewRecords;
    @Autowired
    CommitteeDesk committee;

    Unit unit;
    CurrentUser reporter;
    CurrentUser reviewer;

    @BeforeEach
    void setUp() {
        Fixtures fixtures = new Fixtures(context);
        fixtures.openYear();
        unit = fixtures.unit("市民政局");
        reporter = fixtures.reporter(unit);
        reviewer = fixtures.reviewer();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ActivityRecord submit(RecordForm form) {
        signIn(reporter);
        ActivityRecord record = desk.file(reporter, form, List.of(upload("photo.png", TestFiles.png())), true);
        signIn(reviewer);
        return record;
    }

    private ActivityRecord submit(String elementId, String title) {
        return submit(form(elementId, title, IN_WINDOW));
    }

    private ElementStanding standing(ActivityRecord record) {
        return reviewRecords.of(record.id()).standing();
    }

    @Test
    void aCountElementSaysWhatApprovalAddsUntilItsCapThenThatItAddsNothing() {
        ActivityRecord first = submit("democracy-1e", "民主评议 1");
        ActivityRecord second = submit("democracy-1e", "民主评议 2");
        ActivityRecord third = submit("democracy-1e", "民主评议 3");

        assertThat(standing(first).summary()).isEqualTo("该项已 0/1，通过后 +0.5（每项 0.5 分）");
        review.approve(reviewer, first.id(), null);
        review.approve(reviewer, second.id(), null);

        ElementStanding capped = standing(third);
        assertThat(capped.summary()).isEqualTo("该项已 1/1，通过后不再加分");
        assertThat(capped.points()).isEqualByComparingTo("1");
        assertThat(capped.max()).isEqualByComparingTo("1");
        assertThat(capped.pointsIfApproved()).isEqualByComparingTo("1");
        assertThat(standing(first).summary()).isEqualTo("该项已 1/1，本记录已通过");
        assertThat(standing(first).pointsIfApproved()).isNull();
    }

    @Test
    void aPartCappedOnItsOwnAddsNothingWhileTheOtherPartStillAdds() {
        ActivityRecord mass = submit(withPart(form("norms-1a", "听取群团工作汇报", IN_WINDOW), "mass"));
        review.approve(reviewer, mass.id(), null);
        ActivityRecord secondMass = submit(withPart(form("norms-1a", "再次听取群团工作汇报", IN_WINDOW), "mass"));
        ActivityRecord party = submit(withPart(form("norms-1a", "听取党建工作汇报", IN_WINDOW), "party"));

        ElementStanding full = standing(secondMass);
        assertThat(full.summary()).isEqualTo("该项已 0.5/1.5，通过后不再加分");
        assertThat(full.partName()).isEqualTo("群团工作汇报");
        assertThat(full.notes()).contains("本记录计入「群团工作汇报」，该部分已 0.5/0.5（机关党建工作汇报 0/1，群团工作汇报 0.5/0.5）");
        assertThat(standing(party).summary()).isEqualTo("该项已 0.5/1.5，通过后 +0.5（每项 0.5 分）");
    }

    @Test
    void aHalfYearPartIsTheHalfTheDateFallsIn() {
        review.approve(reviewer, submit("study-3b", "上半年研判").id(), null);
        ActivityRecord again = submit(form("study-3b", "上半年再研判", IN_WINDOW.plusDays(10)));
        ActivityRecord autumn = submit(form("study-3b", "下半年研判", LocalDate.of(2018, 9, 10)));

        assertThat(standing(again).summary()).isEqualTo("该项已 0.5/1，通过后不再加分");
        assertThat(standing(autumn).summary()).isEqualTo("该项已 0.5/1，通过后 +0.5（每项 0.5 分）");
        assertThat(standing(autumn).partName()).isEqualTo("下半年");
    }

    @Test
    void aThresholdSaysTheRateInForceAndWhatTheRecordWouldSet() {
        review.approve(reviewer, submit(withRate(form("innovation-3d", "安装率一季度", IN_WINDOW), "0.5")).id(), null);
        ActivityRecord higher = submit(withRate(form("innovation-3d", "安装率二季度", IN_WINDOW.plusDays(60)), "0.65"));

        ElementStanding standing = standing(higher);
        assertThat(standing.summary()).isEqualTo("该项已 0/1，通过后 +1（通过后该项 1/1）");
        assertThat(standing.notes()).contains("现认定比率：50%（达到 60% 得分）；本记录申报：65%，通过后以活动日期最新的比率为准");
    }

    @Test
    void aTierSaysTheLevelInForceAndThatALowerClaimAddsNothing() {
        review.approve(reviewer, submit(withLevel(form("innovation-2e", "规范化阵地", IN_WINDOW), "standard")).id(), null);
        ActivityRecord lower = submit(withLevel(form("innovation-2e", "活动阵地", IN_WINDOW.plusDays(5)), "active"));

        ElementStanding standing = standing(lower);
        assertThat(standing.summary()).isEqualTo("该项已 3/3，通过后不再加分");
        assertThat(standing.notes()).contains("现认定等级：「建成规范化阵地」；本记录申报：「有活动阵地」");
    }

    @Test
    void aCheckSaysItsFullPointsAndAReturnedRecordThatItCountsOnlyOnceApproved() {
        ActivityRecord check = submit("norms-1b", "个性清单");
        ActivityRecord returned = submit("norms-1c", "述职评议");
        review.returnForChanges(reviewer, returned.id(), "请补充照片", null);

        assertThat(standing(check).summary()).isEqualTo("该项已 0/1，通过后 +1（通过后该项 1/1）");
        assertThat(standing(returned).summary()).isEqualTo("该项已 0/1，本记录已退回，修改后重新提交并通过才计分");
        assertThat(standing(returned).pointsIfApproved()).isNull();
    }

    @Test
    void theCommitteesDeductionIsShownAndApprovalStillAddsUnderTheCap() {
        review.approve(reviewer, submit("study-2b", "周一夜学 1").id(), null);
        review.approve(reviewer, submit("study-2b", "周一夜学 2").id(), null);
        committee.enter(reviewer, unit.id(), null, FactKind.PENALTY, new FactForm("study-2b", null, "criticized", 1, null, null,
                null, null, null, null, null, null, null, IN_WINDOW, "工委通报〔2018〕1号", "周一夜学缺席", null));
        ActivityRecord third = submit("study-2b", "周一夜学 3");

        ElementStanding standing = standing(third);
        assertThat(standing.summary()).isEqualTo("该项已 0.1/3，通过后 +0.3（每项 0.3 分）");
        assertThat(standing.deduction()).isEqualByComparingTo("0.5");
        assertThat(standing.notes()).contains("工委扣分：被通报批评 1 次，扣 0.5 分");
    }

    @Test
    void aFalseRecordSaysSoAndTheElementsPenalty() {
        ActivityRecord record = submit("democracy-1e", "民主评议");
        review.approve(reviewer, record.id(), null);
        review.markFalsified(reviewer, record.id(), "照片系旧照", null);

        ElementStanding standing = standing(record);
        assertThat(standing.summary()).isEqualTo("该项已 0/1，本记录已认定弄虚作假");
        assertThat(standing.falsification()).isEqualByComparingTo("1");
        assertThat(standing.notes()).contains("弄虚作假加倍倒扣 1 分，该项合计 -1 分");
    }

    private static RecordForm withPart(RecordForm form, String part) {
        return new RecordForm(form.elementId(), form.title(), form.activityDate(), form.place(), form.participants(),
                form.description(), null, null, part, null);
    }

    private static RecordForm withLevel(RecordForm form, String level) {
        return new RecordForm(form.elementId(), form.title(), form.activityDate(), form.place(), form.participants(),
                form.description(), level, null, null, null);
    }

    private static RecordForm withRate(RecordForm form, String rate) {
        return new RecordForm(form.elementId(), form.title(), form.activityDate(), form.place(), form.participants(),
                form.description(), null, new BigDecimal(rate), null, null);
    }
}
