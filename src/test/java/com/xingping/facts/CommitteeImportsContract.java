package com.xingping.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import com.xingping.audit.AuditLog;
import com.xingping.identity.CurrentUser;
import com.xingping.identity.Role;
import com.xingping.kernel.Refusal;
import com.xingping.scorecard.LiveFacts;
import com.xingping.scoring.PerformanceResult;
import com.xingping.roster.MemberRole;
import com.xingping.roster.RosterMember;
import com.xingping.roster.RosterRows;
import com.xingping.sheet.ImportRefused;
import com.xingping.sheet.Watermark;
import com.xingping.sheet.SheetUpload;
import com.xingping.support.Platform;
import com.xingping.support.Xlsx;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitRegistry;
import com.xingping.year.AssessmentYear;

/**
 * The committee's Excel imports against a real database (H2 and PostgreSQL): a good file
 * imports, a file with a bad row imports nothing and names every bad row, anything but a spreadsheet
 * or a huge file is refused.
 */
@SpringBootTest
abstract class CommitteeImportsContract {
    private static final Watermark MARK = new Watermark("导出：委员会管理员（wang） 2018-12-20 10:00 中国标准时间（UTC+08:00）");
    static final PerformanceImport.Source SOURCE = new PerformanceImport.Source(LocalDate.of(2018, 12, 20),
            "绍市纠风办〔2018〕9号", null);
    @Autowired
    ApplicationContext context;
    @Autowired
    FactImports imports;
    @Autowired
    CommitteeFacts facts;
    @Autowired
    UnitRegistry units;
    RosterRows roster;
    @Autowired
    AuditLog audit;
    @Autowired
    OfficialConductDesk officialDesk;
    @Autowired
    LiveFacts live;

    Platform platform;
    AssessmentYear year;
    Unit unitA;
    Unit unitB;
    CurrentUser admin;

    @BeforeEach
    void twoUnitsAndAnAdmin() {
        roster = new RosterRows(context);
        platform = new Platform(context);
        year = platform.year();
        unitA = platform.unit("市水利局");
        unitB = platform.unit("市林业局");
        admin = Platform.signIn(platform.account(Role.ADMIN));
    }

    @AfterEach
    void signOut() {
        Platform.signOut();
    }

    @Test
    void unitsAreCreatedOrUpdatedByCode() {
        String code = fresh();
        byte[] file = Xlsx.header("编码", "名称", "参加目标责任制考核", "工委机关")
                .row(code, "市新设局", "否", "否")
                .row(unitA.code(), "市水利局（更名）", null, "是")
                .row(unitB.code(), unitB.name(), "是", "否").bytes();

        FactImports.Outcome outcome = run(ImportKind.UNITS, file);

        assertThat(outcome.summary()).isEqualTo("已导入单位：新建 1 个，更新 1 个，未变 1 个");
        assertThat(units.byCode(code)).get().satisfies(u -> {
            assertThat(u.name()).isEqualTo("市新设局");
            assertThat(u.inTargetAssessment()).isFalse();
            assertThat(u.active()).isTrue();
        });
        assertThat(units.find(unitA.id())).get().satisfies(u -> {
            assertThat(u.name()).isEqualTo("市水利局（更名）");
            assertThat(u.inTargetAssessment()).isTrue();
            assertThat(u.committeeOwn()).isTrue();
        });
        assertThat(audit.history("unit", unitA.id()))
                .extracting(e -> e.action()).containsExactly("unit.edited");
    }

    @Test
    void aUnitsFileWithBadRowsImportsNothingAndNamesEveryOne() {
        String code = fresh();
        byte[] file = Xlsx.header("编码", "名称", "参加目标责任制考核")
                .row(code, "市新设局", "是")
                .row(unitA.code(), "市水利局（更名）", "也许")
                .row(code, "重复的局", "否")
                .row("编码 有空格", "", null).bytes();

        assertThatThrownBy(() -> run(ImportKind.UNITS, file)).isInstanceOfSatisfying(ImportRefused.class, refused -> {
            assertThat(refused.reason()).isEqualTo("文件有 4 处错误，未导入任何单位；请改正后重新导入");
            assertThat(refused.lines()).containsExactly(
                    "第 3 行：参加目标责任制考核 须为“是”或“否”，不是“也许”",
                    "第 4 行：编码 " + code + " 与第 2 行重复",
                    "第 5 行：编码 须为 1-32 位字母、数字或连字符，不是“编码 有空格”",
                    "第 5 行：名称 不能为空");
        });
        assertThat(units.byCode(code)).isEmpty();
        assertThat(units.find(unitA.id())).get().extracting(Unit::name).isEqualTo("市水利局");
    }

    @Test
    void onlyAnAdminImportsUnits() {
        CurrentUser reviewer = Platform.signIn(platform.account(Role.REVIEWER));
        byte[] file = Xlsx.header("编码", "名称").row(fresh(), "市新设局").bytes();

        assertThatThrownBy(() -> imports.run(ImportKind.UNITS, reviewer, null, upload(file), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theRostersOfTheUnitsInTheFileAreReplacedAndNoOthers() {
        member(unitA, "旧党员甲");
        member(unitB, "乙单位党员");
        byte[] file = Xlsx.header("单位编码", "姓名", "身份", "学时")
                .row(unitA.code(), "张三", "班子成员", 42)
                .row(unitA.code(), "李四", "普通党员", "24.5").bytes();

        FactImports.Outcome outcome = run(ImportKind.ROSTERS, file);

        assertThat(outcome.summary()).isEqualTo("已替换 1 个单位的党员名册，共 2 名党员");
        assertThat(names(unitA)).containsExactly("张三", "李四");
        assertThat(names(unitB)).containsExactly("乙单位党员");
        assertThat(audit.history("roster", unitA.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo("roster.imported");
                    assertThat(e.beforeState()).contains("旧党员甲");
                    assertThat(e.afterState()).contains("张三", "\"count\":2");
                });
    }

    @Test
    void aRosterFileWithOneBadRowImportsNothingAndNamesTheRow() {
        member(unitA, "旧党员甲");
        byte[] file = Xlsx.header("单位编码", "姓名", "身份", "学时")
                .row(unitA.code(), "张三", "班子成员", 42)
                .row(unitB.code(), "王五", "普通党员", 30)
                .row(unitA.code(), "李四", "普通党员", 24)
                .row(unitB.code(), "赵六", "普通党员", 26)
                .row(unitA.code(), "孙七", "普通党员", 25)
                .row("ZZZ", "周八", "普通党员", 24).bytes();

        assertThatThrownBy(() -> run(ImportKind.ROSTERS, file)).isInstanceOfSatisfying(ImportRefused.class,
                refused -> assertThat(refused.lines()).containsExactly("第 7 行：单位编码 ZZZ 不存在"));
        assertThat(names(unitA)).containsExactly("旧党员甲");
        assertThat(names(unitB)).isEmpty();
    }

    @Test
    void conductResultsSetEachUnitsScoreOrJudgementAndAnImportAgainChangesOnlyWhatDiffers() {
        byte[] file = Xlsx.header("单位编码", "单位名称", "得分", "未参评", "工委判定")
                .row(unitA.code(), unitA.name(), 91.5, null, null)
                .row(unitB.code(), unitB.name(), null, "是", "是")
                .row(platform.unit("市未填局").code(), "市未填局", null, null, null).bytes();

        assertThat(run(ImportKind.CONDUCT, file).summary()).isEqualTo("已导入 2 个单位的行风评议结果（新录入 2，修改 0，未变 0）");
        assertThat(run(ImportKind.CONDUCT, file).summary()).isEqualTo("已导入 2 个单位的行风评议结果（新录入 0，修改 0，未变 2）");
        byte[] changed = Xlsx.header("单位编码", "得分").row(unitA.code(), 93).bytes();
        assertThat(run(ImportKind.CONDUCT, changed).summary()).isEqualTo("已导入 1 个单位的行风评议结果（新录入 0，修改 1，未变 0）");

        CommitteeFact a = standing(unitA, "conduct");
        CommitteeFact b = standing(unitB, "conduct");
        assertThat(a.amount()).isEqualByComparingTo("93");
        assertThat(a.reference()).isEqualTo("绍市纠风办〔2018〕9号");
        assertThat(a.reason()).isEqualTo("由 导入.xlsx 第 2 行导入");
        assertThat(b.amount()).isNull();
        assertThat(b.flag()).isTrue();
        assertThat(audit.history("fact", a.id())).extracting(e -> e.action())
                .containsExactly("fact.entered", "fact.edited");
    }

    @Test
    void aConductFileWithBadRowsImportsNothing() {
        byte[] file = Xlsx.header("单位编码", "得分", "未参评", "工委判定")
                .row(unitA.code(), 91.5, null, null)
                .row(unitB.code(), 120, null, null)
                .row("ZZZ", 80, null, null)
                .row(unitA.code(), null, "是", null).bytes();

        assertThatThrownBy(() -> run(ImportKind.CONDUCT, file)).isInstanceOfSatisfying(ImportRefused.class,
                refused -> assertThat(refused.lines()).containsExactly(
                        "第 3 行：得分 须在 0 至 100 分之间，不是 120",
                        "第 4 行：单位编码 ZZZ 不存在",
                        "第 5 行：单位编码 " + unitA.code() + " 与第 2 行重复",
                        "第 5 行：工委判定 未参评的单位须填写“是”或“否”"));
        assertThat(facts.findByUnitIdAndYearIdOrderByIdAsc(unitA.id(), year.id())).isEmpty();
    }

    @Test
    void targetResultsSetWhetherEachUnitWon() {
        byte[] file = Xlsx.header("单位编码", "单位名称", "是否优胜").row(unitA.code(), unitA.name(), "是")
                .row(unitB.code(), unitB.name(), "否").bytes();

        assertThat(run(ImportKind.TARGET, file).summary()).isEqualTo("已导入 2 个单位的目标责任制考核结果（新录入 2，修改 0，未变 0）");
        assertThat(standing(unitA, "target").flag()).isTrue();
        assertThat(standing(unitB, "target").flag()).isFalse();
    }

    @Test
    void aTargetFileWithOneBadRowImportsNothingAndNamesTheRow() {
        byte[] file = Xlsx.header("单位编码", "是否优胜").row(unitA.code(), "是").row(unitB.code(), "优").bytes();

        assertThatThrownBy(() -> run(ImportKind.TARGET, file)).isInstanceOfSatisfying(ImportRefused.class,
                refused -> assertThat(refused.lines()).containsExactly("第 3 行：是否优胜 须为“是”或“否”，不是“优”"));
        assertThat(facts.findByUnitIdAndYearIdOrderByIdAsc(unitA.id(), year.id())).isEmpty();
    }

    @Test
    void officialStandingsByImportReplaceTheComputedOnesInTheScoredYear() {
        run(ImportKind.CONDUCT, Xlsx.header("单位编码", "得分").row(unitA.code(), 91.5).row(unitB.code(), 70).bytes());
        byte[] file = Xlsx.header("单位编码", "单位名称", "列入末三位").row(unitA.code(), unitA.name(), "否")
                .row(unitB.code(), unitB.name(), "是").bytes();

        FactImports.Outcome outcome = imports.run(ImportKind.OFFICIAL, admin, null, upload(file), official("88.5"));

        assertThat(outcome.summary()).isEqualTo("已录入官方行风评议成绩：平均分 88.5，末三位 1 个单位");
        OfficialConductEntry entry = officialDesk.standing(year.id()).orElseThrow();
        assertThat(entry.bottomUnits()).containsExactly(unitB.id());
        assertThat(entry.reason()).isEqualTo("由 导入.xlsx 导入");
        PerformanceResult a = live.scored(year).result().unit(String.valueOf(unitA.id())).orElseThrow().performance();
        PerformanceResult b = live.scored(year).result().unit(String.valueOf(unitB.id())).orElseThrow().performance();
        assertThat(a.official()).isTrue();
        assertThat(a.conductMean()).isEqualByComparingTo("88.5");
        assertThat(a.conductPassed()).isTrue();
        assertThat(a.vetoed()).isFalse();
        assertThat(b.vetoed()).isTrue();
        assertThat(audit.history("conduct-official", entry.id())).extracting(e -> e.action())
                .containsExactly("conduct.official.entered");
        // the year is shared with other tests: computed standings again
        officialDesk.withdraw(admin, entry.id(), "测试结束", entry.version());
    }

    @Test
    void anOfficialStandingsFileWithABadRowOrAnUnratedUnitOrNoMeanEntersNothing() {
        run(ImportKind.CONDUCT, Xlsx.header("单位编码", "得分").row(unitA.code(), 91.5).bytes());
        Long standingBefore = officialDesk.standing(year.id()).map(OfficialConductEntry::id).orElse(null);
        byte[] bad = Xlsx.header("单位编码", "列入末三位").row(unitA.code(), "是").row("ZZZ", "是").row(unitB.code(), "可能").bytes();
        byte[] unrated = Xlsx.header("单位编码", "列入末三位").row(unitB.code(), "是").bytes();
        byte[] good = Xlsx.header("单位编码", "列入末三位").row(unitA.code(), "是").bytes();

        assertThatThrownBy(() -> imports.run(ImportKind.OFFICIAL, admin, null, upload(bad), official("80")))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> assertThat(refused.lines()).containsExactly(
                        "第 3 行：单位编码 ZZZ 不存在", "第 4 行：列入末三位 须为“是”或“否”，不是“可能”"));
        assertThatThrownBy(() -> imports.run(ImportKind.OFFICIAL, admin, null, upload(unrated), official("80")))
                .isInstanceOf(Refusal.class).hasMessageContaining(unitB.code() + "（市林业局）本年度没有行风评议成绩");
        assertThatThrownBy(() -> imports.run(ImportKind.OFFICIAL, admin, null, upload(good), SOURCE))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).isEqualTo("mean"));
        assertThat(officialDesk.standing(year.id()).map(OfficialConductEntry::id).orElse(null)).isEqualTo(standingBefore);
    }

    private static PerformanceImport.Source official(String mean) {
        return new PerformanceImport.Source(SOURCE.date(), SOURCE.reference(), null, new BigDecimal(mean));
    }

    @Test
    void aFileThatIsNoSpreadsheetOrIsHugeIsRefusedClearly() {
        assertThatThrownBy(() -> run(ImportKind.CONDUCT, Xlsx.pdf())).isInstanceOf(Refusal.class)
                .hasMessage("该文件不是可导入的表格。可导入的格式：Excel 表格（.xlsx、.xls）、OpenDocument 表格（.ods）、"
                        + "CSV 文件（UTF-8 或 GBK 编码）；请下载模板填写后导入");
        assertThatThrownBy(() -> run(ImportKind.ROSTERS, Xlsx.noise(5 * 1024 * 1024))).isInstanceOf(Refusal.class)
                .hasMessage("文件过大：导入文件不能超过 2 MB，请检查是否选错了文件");
        assertThatThrownBy(() -> imports.run(ImportKind.TARGET, admin, null, upload(Xlsx.header("单位编码", "是否优胜")
                .row(unitA.code(), "是").bytes()), new PerformanceImport.Source(null, "文号", null)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).isEqualTo("date"));
        assertThat(facts.findByUnitIdAndYearIdOrderByIdAsc(unitA.id(), year.id())).isEmpty();
    }

    @Test
    void aClosedYearTakesNoImport() {
        AssessmentYear closed = platform.closedYear();
        byte[] file = Xlsx.header("单位编码", "是否优胜").row(unitA.code(), "是").bytes();

        assertThatThrownBy(() -> imports.run(ImportKind.TARGET, admin, closed.id(), upload(file), SOURCE))
                .isInstanceOf(Refusal.class).hasMessageContaining("已关闭");
    }

    @Test
    void theTemplatesCarryTheChineseHeadersAndTheUnitsToFillIn() throws Exception {
        for (ImportKind kind : ImportKind.values()) {
            try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                    new ByteArrayInputStream(imports.template(kind, null, MARK)))) {
                var header = workbook.getSheetAt(0).getRow(0);
                String first = header.getCell(0).getStringCellValue();
                assertThat(first).as(kind.name()).isIn("编码", "单位编码");
                if (kind != ImportKind.ROSTERS) {
                    assertThat(workbook.getSheetAt(0).getHeader().getRight()).as(kind.name()).isEqualTo(MARK.text());
                    assertThat(header.getCell(header.getLastCellNum() - 1).getStringCellValue()).isEqualTo(MARK.text());
                }
                if (kind == ImportKind.CONDUCT) {
                    assertThat(header.getCell(2).getStringCellValue()).isEqualTo("得分");
                    assertThat(workbook.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(2);
                }
            }
        }
    }

    private FactImports.Outcome run(ImportKind kind, byte[] file) {
        return imports.run(kind, admin, null, upload(file), SOURCE);
    }

    private static SheetUpload upload(byte[] content) {
        return new SheetUpload("导入.xlsx", new ByteArrayInputStream(content));
    }

    private CommitteeFact standing(Unit unit, String aspect) {
        return facts.findByUnitIdAndYearIdAndKindAndState(unit.id(), year.id(), FactKind.PERFORMANCE, FactState.ACTIVE)
                .stream().filter(f -> aspect.equals(f.subject())).findFirst().orElseThrow();
    }

    private void member(Unit unit, String name) {
        roster.save(new RosterMember(null, unit.id(), year.id(), name, MemberRole.ORDINARY, new BigDecimal("30"), null));
    }

    private List<String> names(Unit unit) {
        return roster.findByUnitIdAndYearIdOrderByIdAsc(unit.id(), year.id()).stream().map(RosterMember::name).toList();
    }

    private static String fresh() {
        return "N" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}
