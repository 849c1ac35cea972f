package com.xingping.roster;

import static com.xingping.roster.Sheets.header;
import static com.xingping.roster.Sheets.upload;
import static com.xingping.roster.Sheets.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import com.xingping.audit.AuditEvent;
import com.xingping.audit.AuditLog;
import com.xingping.identity.CurrentUser;
import com.xingping.identity.Role;
import com.xingping.kernel.NotFound;
import com.xingping.kernel.Refusal;
import com.xingping.sheet.RowProblem;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/** The roster against a real database; run on H2 and on PostgreSQL by its subclasses. */
@SpringBootTest
abstract class RosterRegistryContract {
    @Autowired
    ApplicationContext context;
    @Autowired
    RosterRegistry registry;
    @Autowired
    Roster roster;
    @Autowired
    AuditLog audit;

    Platform platform;
    AssessmentYear year;
    Unit unit;
    CurrentUser reporter;

    @BeforeEach
    void signInAsTheUnitsReporter() {
        platform = new Platform(context);
        year = platform.year();
        unit = platform.unit("市财政局");
        reporter = Platform.signIn(platform.reporter(unit));
    }

    @AfterEach
    void signOut() {
        Platform.signOut();
    }

    @Test
    void addsEditsAndRemovesMembersWithAnAuditLineForEachChange() {
        RosterMember added = registry.add(reporter, unit.id(), null, new MemberForm(" 张三 ", MemberRole.ORDINARY,
                new BigDecimal("20.5"), null));
        RosterMember edited = registry.edit(reporter, unit.id(), added.id(), new MemberForm("张三", MemberRole.LEADERSHIP,
                new BigDecimal("42"), added.version()));
        registry.remove(reporter, unit.id(), added.id(), edited.version());

        assertThat(added.name()).isEqualTo("张三");
        assertThat(added.yearId()).isEqualTo(year.id());
        assertThat(edited.version()).isGreaterThan(added.version());
        assertThat(roster.findById(added.id())).isEmpty();
        assertThat(audit.history("member", added.id()))
                .extracting(e -> e.action() + " by " + e.actor())
                .containsExactly("roster.member-added by " + reporter.username(),
                        "roster.member-edited by " + reporter.username(),
                        "roster.member-removed by " + reporter.username());
        AuditEvent edit = audit.history("member", added.id()).get(1);
        assertThat(edit.beforeState()).contains("ORDINARY", "20.5");
        assertThat(edit.afterState()).contains("LEADERSHIP", "42");
    }

    @Test
    void refusesAStaleEditOrRemovalInsteadOfOverwritingTheOtherOne() {
        RosterMember added = registry.add(reporter, unit.id(), year.id(), form("李四", MemberRole.ORDINARY, "10"));
        registry.edit(reporter, unit.id(), added.id(), new MemberForm("李四", MemberRole.ORDINARY, new BigDecimal("30"),
                added.version()));

        assertThatThrownBy(() -> registry.edit(reporter, unit.id(), added.id(), new MemberForm("李四",
                MemberRole.ORDINARY, new BigDecimal("12"), added.version())))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> registry.remove(reporter, unit.id(), added.id(), added.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(roster.findById(added.id())).get().extracting(RosterMember::studyHours)
                .satisfies(hours -> assertThat(hours).isEqualByComparingTo("30"));
    }

    @Test
    void refusesAnInvalidMemberNamingTheField() {
        assertThatThrownBy(() -> registry.add(reporter, unit.id(), null, form("王五", MemberRole.ORDINARY, "-1")))
                .isInstanceOf(Refusal.class).hasMessage("学时不能为负数")
                .extracting(e -> ((Refusal) e).field()).isEqualTo("studyHours");
        assertThatThrownBy(() -> registry.add(reporter, unit.id(), null, form(" ", MemberRole.ORDINARY, "1")))
                .isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).field()).isEqualTo("name");
        assertThatThrownBy(() -> registry.add(reporter, unit.id(), null, form("王五", null, "1")))
                .isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).field()).isEqualTo("role");
        assertThatThrownBy(() -> registry.add(reporter, unit.id(), null, form("王五", MemberRole.ORDINARY, "1.125")))
                .isInstanceOf(Refusal.class).hasMessage("学时最多两位小数");
        assertThat(members()).isEmpty();
    }

    @Test
    void importReplacesTheYearsRosterWithAGoodFile() {
        registry.add(reporter, unit.id(), null, form("旧党员", MemberRole.ORDINARY, "5"));
        byte[] file = xlsx(header(),
                row("张三", "班子成员", 42),
                row("李四", "普通党员", "24.5"),
                row(null, null, null),
                row("王五", "普通党员", 0));

        registry.replaceFrom(reporter, unit.id(), null, upload(file));

        assertThat(members()).extracting(m -> m.name() + "/" + m.role() + "/" + m.studyHours().stripTrailingZeros().toPlainString())
                .containsExactly("张三/LEADERSHIP/42", "李四/ORDINARY/24.5", "王五/ORDINARY/0");
        assertThat(audit.history("roster", unit.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.action()).isEqualTo("roster.imported");
                    assertThat(e.beforeState()).contains("旧党员");
                    assertThat(e.afterState()).contains("张三", "\"count\":3");
                });
    }

    @Test
    void anExportedRosterImportsBackUnchanged() {
        registry.add(reporter, unit.id(), null, form("赵六", MemberRole.LEADERSHIP, "40.25"));
        registry.add(reporter, unit.id(), null, form("钱七", MemberRole.ORDINARY, "23.99"));
        byte[] exported = registry.export(reporter, unit.id(), null);

        registry.replaceFrom(reporter, unit.id(), null, upload(exported));

        assertThat(members()).extracting(m -> m.name() + "/" + m.role() + "/" + m.studyHours().stripTrailingZeros().toPlainString())
                .containsExactly("赵六/LEADERSHIP/40.25", "钱七/ORDINARY/23.99");
    }

    @Test
    void aFileWithOneBadRowImportsNothingAndNamesTheRow() {
        registry.add(reporter, unit.id(), null, form("原有党员", MemberRole.ORDINARY, "30"));
        byte[] file = xlsx(header(),
                row("张三", "班子成员", 42),
                row("李四", "普通党员", 24),
                row("王五", "普通党员", 30),
                row("孙八", "普通党员", -3),
                row("周九", "普通党员", 26));

        assertThatThrownBy(() -> registry.replaceFrom(reporter, unit.id(), null, upload(file)))
                .isInstanceOfSatisfying(RosterImportRefused.class, refused -> assertThat(refused.problems())
                        .extracting(RowProblem::line).containsExactly("第 5 行：学时 不能为负数"));
        assertThat(members()).extracting(RosterMember::name).containsExactly("原有党员");
        assertThat(audit.history("roster", unit.id())).isEmpty();
    }

    @Test
    void everyBadRowIsListedWithItsReason() {
        byte[] file = xlsx(header(),
                row("", "普通党员", 24),
                row("李四", "党员", 24),
                row("王五", "普通党员", "二十"),
                row("赵六", "班子成员", null),
                row("孙八", "", "1.5.2"));

        assertThatThrownBy(() -> registry.replaceFrom(reporter, unit.id(), null, upload(file)))
                .isInstanceOfSatisfying(RosterImportRefused.class, refused -> assertThat(refused.problems())
                        .extracting(RowProblem::line).containsExactly(
                                "第 2 行：姓名 不能为空",
                                "第 3 行：身份 须为“班子成员”或“普通党员”，不是“党员”",
                                "第 4 行：学时 须为数字，不是“二十”",
                                "第 5 行：学时 不能为空",
                                "第 6 行：身份 不能为空，须为“班子成员”或“普通党员”",
                                "第 6 行：学时 须为数字，不是“1.5.2”"));
        assertThat(members()).isEmpty();
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedClearly() {
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] zip = zipWith("readme.txt", "not a workbook");

        for (byte[] file : new byte[][] {pdf, zip}) {
            assertThatThrownBy(() -> registry.replaceFrom(reporter, unit.id(), null, upload(file)))
                    .isInstanceOf(Refusal.class).hasMessageContaining("不是")
                    .hasMessageContaining("Excel 表格");
        }
        assertThat(members()).isEmpty();
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() {
        byte[] huge = new byte[5 * 1024 * 1024];
        new Random(7).nextBytes(huge);

        assertThatThrownBy(() -> registry.replaceFrom(reporter, unit.id(), null, upload(huge)))
                .isInstanceOf(Refusal.class).hasMessageStartingWith("文件过大：名册文件不能超过 1 MB");
        assertThat(members()).isEmpty();
    }

    @Test
    void aFileWithoutTheHeaderOrWithoutMembersIsRefused() {
        assertThatThrownBy(() -> registry.replaceFrom(reporter, unit.id(), null, upload(xlsx(row("张三", "普通党员", 24)))))
                .isInstanceOf(Refusal.class).hasMessageContaining("表头");
        assertThatThrownBy(() -> registry.replaceFrom(reporter, unit.id(), null, upload(xlsx(header()))))
                .isInstanceOf(Refusal.class).hasMessageContaining("没有党员");
        assertThatThrownBy(() -> registry.replaceFrom(reporter, unit.id(), null, upload(new byte[0])))
                .isInstanceOf(Refusal.class).hasMessageContaining("空");
    }

    @Test
    void aClosedYearsRosterIsReadOnly() {
        AssessmentYear closed = platform.closedYear();

        assertThatThrownBy(() -> registry.add(reporter, unit.id(), closed.id(), form("张三", MemberRole.ORDINARY, "24")))
                .isInstanceOf(Refusal.class).hasMessageContaining("已关闭");
        assertThatThrownBy(() -> registry.replaceFrom(reporter, unit.id(), closed.id(),
                upload(xlsx(header(), row("张三", "普通党员", 24))))).isInstanceOf(Refusal.class)
                .hasMessageContaining("已关闭");
        assertThat(registry.view(reporter, unit.id(), closed.id()).writable()).isFalse();
        assertThat(registry.view(reporter, unit.id(), null).writable()).isTrue();
    }

    @Test
    void aReporterCannotSeeOrChangeAnotherUnitsRoster() {
        Unit other = platform.unit("市教育局");
        CurrentUser otherReporter = Platform.user(platform.reporter(other));
        RosterMember theirs = registry.add(otherReporter, other.id(), null, form("他人", MemberRole.ORDINARY, "30"));

        assertThatThrownBy(() -> registry.view(reporter, other.id(), null)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> registry.add(reporter, other.id(), null, form("张三", MemberRole.ORDINARY, "1")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> registry.edit(reporter, unit.id(), theirs.id(), form("改名", MemberRole.ORDINARY, "1")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> registry.remove(reporter, unit.id(), theirs.id(), null)).isInstanceOf(NotFound.class);
        assertThat(roster.findById(theirs.id())).get().extracting(RosterMember::name).isEqualTo("他人");
    }

    @Test
    void aLeaderReadsButCannotChangeARosterWhileTheCommitteeMayCorrectIt() {
        CurrentUser leader = Platform.user(platform.account(Role.LEADER));
        CurrentUser admin = Platform.user(platform.account(Role.ADMIN));

        assertThat(registry.view(leader, unit.id(), null).writable()).isFalse();
        assertThatThrownBy(() -> registry.add(leader, unit.id(), null, form("张三", MemberRole.ORDINARY, "1")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(registry.add(admin, unit.id(), null, form("工委补录", MemberRole.ORDINARY, "24")).id()).isNotNull();
    }

    @Test
    void aDeactivatedUnitsRosterIsReadOnly() {
        platform.deactivated(unit);

        assertThatThrownBy(() -> registry.add(reporter, unit.id(), null, form("张三", MemberRole.ORDINARY, "1")))
                .isInstanceOf(Refusal.class).hasMessageContaining("已停用");
    }

    private java.util.List<RosterMember> members() {
        return roster.findByUnitIdAndYearIdOrderByIdAsc(unit.id(), year.id());
    }

    private static MemberForm form(String name, MemberRole role, String hours) {
        return new MemberForm(name, role, new BigDecimal(hours), null);
    }

    private static Object[] row(Object name, Object role, Object hours) {
        return new Object[] {name, role, hours};
    }

    private static byte[] zipWith(String entry, String text) {
        try (var bytes = new java.io.ByteArrayOutputStream(); var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(entry));
            zip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
