package com.xingping.sheet;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.xingping.identity.CurrentUser;
import com.xingping.identity.Role;
import com.xingping.reporting.CraftedFiles;
import com.xingping.support.Csv;
import com.xingping.support.Ods;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;

/**
 * Every import (a unit's roster, and the committee's units, rosters, 行风评议 and 目标责任制 results)
 * takes an .ods and a CSV in UTF-8 (with BOM) or GBK as it takes an .xlsx: a good file imports, a file
 * with one bad row imports nothing and names the row and the format it was read as. MockMvc is built by
 * hand so this class shares its Spring context with the other H2 integration tests.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpreadsheetImportsIT {
    @Autowired
    WebApplicationContext web;
    @Autowired
    ApplicationContext context;

    MockMvc mvc;
    Platform platform;
    Unit unit;
    CurrentUser admin;
    CurrentUser reviewer;

    enum Format {
        ODS("名册.ods", "（OpenDocument .ods）"), CSV_UTF8("名册.csv", "（CSV，UTF-8 编码）"), CSV_GBK("名册.csv", "（CSV，GBK 编码）");

        final String filename;
        final String named;

        Format(String filename, String named) {
            this.filename = filename;
            this.named = named;
        }

        byte[] bytes(Object[]... rows) {
            if (this == ODS) {
                Ods ods = Ods.header(rows[0]);
                Arrays.stream(rows).skip(1).forEach(ods::row);
                return ods.bytes();
            }
            Csv csv = Csv.header(rows[0]);
            Arrays.stream(rows).skip(1).forEach(csv::row);
            return this == CSV_GBK ? csv.gbk() : csv.utf8WithBom();
        }
    }

    @BeforeAll
    void accounts() {
        platform = new Platform(context);
        platform.year();
        unit = platform.unit("市档案馆");
        admin = Platform.user(platform.account(Role.ADMIN));
        reviewer = Platform.user(platform.account(Role.REVIEWER));
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aUnitsRosterImportsOrNamesTheBadRow(Format format) throws Exception {
        String path = "/api/v1/units/" + unit.id() + "/roster/import";
        String first = new String[] {"张三", "王二", "陈一"}[format.ordinal()];
        mvc.perform(upload(path, format, new Object[] {"姓名", "身份(班子成员|普通党员)", "学时"},
                        new Object[] {first, "班子成员", 40}, new Object[] {"李四", "普通党员", "十二"}).with(user(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].line", Matchers.contains("第 3 行：学时 须为数字，不是“十二”" + format.named)));
        mvc.perform(get("/api/v1/units/" + unit.id() + "/roster").with(user(admin)))
                .andExpect(jsonPath("$.members[*].name", Matchers.not(Matchers.hasItem(first))));

        mvc.perform(upload(path, format, new Object[] {"姓名", "身份(班子成员|普通党员)", "学时"},
                        new Object[] {first, "班子成员", 40}, new Object[] {"李四", "普通党员", 12.5}).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[*].name", Matchers.containsInAnyOrder(first, "李四")));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void theCommitteesUnitsImportOrNameTheBadRow(Format format) throws Exception {
        String code = "S" + UUID.randomUUID().toString().substring(0, 8);
        Object[] header = {"编码", "名称", "参加目标责任制考核", "工委机关"};
        mvc.perform(upload("/api/v1/imports/units", format, header, new Object[] {code, "市新设单位，筹备组", "是", "否"},
                        new Object[] {code + "-2", "", "是", "否"}).with(user(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].line", Matchers.contains("第 3 行：名称 不能为空" + format.named)));
        mvc.perform(get("/api/v1/units").param("q", code).with(user(admin))).andExpect(jsonPath("$.total").value(0));

        mvc.perform(upload("/api/v1/imports/units", format, header, new Object[] {code, "市新设单位，筹备组", "是", "否"})
                        .with(user(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.summary").value("已导入单位：新建 1 个，更新 0 个，未变 0 个"));
        mvc.perform(get("/api/v1/units").param("q", code).with(user(admin)))
                .andExpect(jsonPath("$.items[0].name").value("市新设单位，筹备组"));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void theCommitteesRosterConductAndTargetImportsReadEveryFormat(Format format) throws Exception {
        Object[] roster = {"单位编码", "姓名", "身份", "学时"};
        mvc.perform(upload("/api/v1/imports/rosters", format, roster, new Object[] {unit.code(), "王五", "普通党员", 8},
                        new Object[] {"ZZZ", "赵六", "普通党员", 8}).with(user(reviewer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].line", Matchers.contains("第 3 行：单位编码 ZZZ 不存在" + format.named)));
        mvc.perform(upload("/api/v1/imports/rosters", format, roster, new Object[] {unit.code(), "王五", "普通党员", 8})
                        .with(user(reviewer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(1));

        Object[] conduct = {"单位编码", "单位名称", "得分"};
        mvc.perform(upload("/api/v1/imports/conduct", format, conduct, new Object[] {unit.code(), unit.name(), 120})
                        .param("date", "2019-01-15").param("reference", "绍市纠风办〔2019〕2号").with(user(reviewer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].line", Matchers.contains("第 2 行：得分 须在 0 至 100 分之间，不是 120" + format.named)));
        mvc.perform(upload("/api/v1/imports/conduct", format, conduct, new Object[] {unit.code(), unit.name(), 92.5})
                        .param("date", "2019-01-15").param("reference", "绍市纠风办〔2019〕2号").with(user(reviewer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(1));

        Object[] target = {"单位编码", "单位名称", "是否优胜"};
        mvc.perform(upload("/api/v1/imports/target", format, target, new Object[] {unit.code(), unit.name(), "优"})
                        .param("date", "2019-01-15").param("reference", "绍市考核办〔2019〕1号").with(user(reviewer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].line", Matchers.contains("第 2 行：是否优胜 须为“是”或“否”，不是“优”" + format.named)));
        mvc.perform(upload("/api/v1/imports/target", format, target, new Object[] {unit.code(), unit.name(), "是"})
                        .param("date", "2019-01-15").param("reference", "绍市考核办〔2019〕1号").with(user(reviewer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(1));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aFileNamedLikeASpreadsheetThatIsNoneListsTheAcceptedFormats(Format format) throws Exception {
        byte[] photo = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
        mvc.perform(multipart("/api/v1/imports/rosters").file(new MockMultipartFile("file", format.filename, null, photo))
                        .with(user(reviewer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reason").value(SheetReaderTest.NOT_A_SHEET));
    }

    @Test
    void aZipBombIsRefusedAsTooLargeBeforeItIsParsed() throws Exception {
        byte[] bomb = CraftedFiles.xlsxBomb();
        String roster = mvc.perform(get("/api/v1/units/" + unit.id() + "/roster").with(user(admin))).andReturn().getResponse()
                .getContentAsString();
        mvc.perform(multipart("/api/v1/imports/rosters").file(new MockMultipartFile("file", "名册.xlsx", null, bomb)).with(user(reviewer)))
                .andExpect(status().is(413))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].reason").value("该表格文件其中 xl/workbook.xml 的压缩比超过 100 倍，"
                        + "不是正常的文件（可能是“压缩炸弹”），未保存任何内容"));
        mvc.perform(get("/api/v1/units/" + unit.id() + "/roster").with(user(admin))).andExpect(content().string(roster));
    }

    @Test
    void theImportFormsLetTheBrowserPickOdsAndCsvFiles() throws Exception {
        CurrentUser reporter = Platform.user(platform.reporter(unit));
        for (MockHttpServletRequestBuilder page : List.of(get("/facts/imports").with(user(reviewer)), get("/roster").with(user(reporter)))) {
            mvc.perform(page).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("accept=\".xlsx,.xls,.ods,.csv,")))
                    .andExpect(content().string(Matchers.containsString("（.xlsx、.xls、.ods 或 CSV）")))
                    .andExpect(content().string(Matchers.containsString("CSV（UTF-8 或 GBK 编码")));
        }
    }

    private static MockMultipartHttpServletRequestBuilder upload(String path, Format format, Object[]... rows) {
        return multipart(path).file(new MockMultipartFile("file", format.filename, null, format.bytes(rows)));
    }
}
