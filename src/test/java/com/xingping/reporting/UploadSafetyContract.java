package com.xingping.reporting;

import static com.xingping.reporting.Fixtures.form;
import static com.xingping.reporting.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.jayway.jsonpath.JsonPath;
import com.xingping.identity.CurrentUser;

/**
 * What a probe of the uploads sent, through the API, the pages and a real HTTP connection: files that
 * are two things at once, zip bombs, names that pretend or hold a NUL, and more than a record's or a
 * unit's year's share. Each refusal names the file and the reason, and leaves no row and no file behind.
 * Small storage limits here (a record 64 KB, a unit's year 100 KB), so a few photos reach them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "xingping.evidence.max-record-size=64KB", "xingping.evidence.max-unit-year-size=100KB"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UploadSafetyContract {
    private static final String IN_WINDOW = "2018-04-10";
    @Autowired
    WebApplicationContext context;
    @Autowired
    ApplicationContext applicationContext;
    @Autowired
    RecordDesk desk;
    @Autowired
    Evidences evidences;
    @LocalServerPort
    int port;

    MockMvc mvc;
    Fixtures fixtures;
    CurrentUser reporter;

    record Hostile(String name, byte[] bytes, int status, String reason) {
        @Override
        public String toString() {
            return name + " → " + status;
        }
    }

    static Stream<Hostile> hostileFiles() {
        return Stream.of(
                new Hostile("polyglot.jpg", CraftedFiles.jpegThenPage(), 400, "文件 polyglot.jpg 图片结束后还附有网页代码，可能是伪装的网页，未保存任何内容"),
                new Hostile("polyglot.png", CraftedFiles.pngThenPage(), 400, "文件 polyglot.png 图片结束后还附有网页代码"),
                new Hostile("comment.jpg", CraftedFiles.jpegWithPageInComment(), 400, "文件 comment.jpg 开头含有网页代码"),
                new Hostile("page.jpg", TestFiles.html(), 400, "文件 page.jpg 开头含有网页代码"),
                new Hostile("anim.jpg", CraftedFiles.photo("gif"), 400, "文件 anim.jpg 的内容不是允许的类型（允许：JPEG、PNG、HEIC 照片"),
                new Hostile("通知.pdf", CraftedFiles.pdfOpeningWithJavaScript(), 400, "文件 通知.pdf 含有 JavaScript 脚本（打开时可能自动运行），未保存任何内容"),
                new Hostile("launch.pdf", CraftedFiles.pdfLaunching(), 400, "文件 launch.pdf 含有启动外部程序的动作（/Launch）"),
                new Hostile("bomb.docx", CraftedFiles.docxBomb(), 413, "文件 bomb.docx 其中 word/document.xml 的压缩比超过 100 倍，不是正常的文件（可能是“压缩炸弹”）"),
                new Hostile("bomb.xlsx", CraftedFiles.xlsxBomb(), 413, "文件 bomb.xlsx 其中 xl/workbook.xml 的压缩比超过 100 倍"),
                new Hostile("parts.docx", CraftedFiles.docxOfManyParts(), 413, "文件 parts.docx 包含超过 1000 个内部文件"));
    }

    @BeforeAll
    void reporter() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        fixtures = new Fixtures(applicationContext);
        fixtures.openYear();
        reporter = fixtures.reporter(fixtures.unit("市档案局"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest
    @MethodSource("hostileFiles")
    void aHostileFileIsRefusedWithItsReasonAndNothingIsStored(Hostile file) throws Exception {
        Long draft = draft("加文件的草稿");
        List<Long> before = fixtures.footprint();

        mvc.perform(multipart("/api/v1/records/with-evidence").file(recordPart("带文件的记录"))
                        .file(new MockMultipartFile("files", file.name(), "image/jpeg", file.bytes())).with(user(reporter)))
                .andExpect(status().is(file.status()))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("files"))
                .andExpect(jsonPath("$.errors[0].reason", Matchers.startsWith(file.reason())));
        mvc.perform(multipart("/api/v1/records/{id}/evidence", draft).file(new MockMultipartFile("files", file.name(), null, file.bytes()))
                        .param("version", "0").with(user(reporter)))
                .andExpect(status().is(file.status()))
                .andExpect(jsonPath("$.errors[0].reason", Matchers.startsWith(file.reason())));
        mvc.perform(multipart("/records").file(new MockMultipartFile("files", file.name(), null, file.bytes()))
                        .param("elementId", "norms-3a").param("title", "页面填报").param("activityDate", IN_WINDOW)
                        .with(user(reporter)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(file.reason().replace("<", "&lt;"))));

        assertThat(fixtures.footprint()).isEqualTo(before);
        assertThat(evidences.findByRecordIdOrderByIdAsc(draft)).isEmpty();
    }

    @Test
    void aCleanPdfAndAPhotoAreStillTaken() throws Exception {
        mvc.perform(multipart("/api/v1/records/with-evidence").file(recordPart("正常文件"))
                        .file(new MockMultipartFile("files", "通知.pdf", null, CraftedFiles.pdf()))
                        .file(new MockMultipartFile("files", "现场.jpg", null, TestFiles.jpeg())).with(user(reporter)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.evidence[*].name").value(Matchers.contains("通知.pdf", "现场.jpg")));
    }

    @Test
    void aFileIsNamedAndServedByTheTypeOfItsContent() throws Exception {
        MvcResult filed = mvc.perform(multipart("/api/v1/records/with-evidence").file(recordPart("改名"))
                        .file(new MockMultipartFile("files", "polyglot.html", "text/html", TestFiles.jpeg()))
                        .file(new MockMultipartFile("files", "photo\u202Egpj.exe", "application/octet-stream", TestFiles.png()))
                        .file(new MockMultipartFile("files", "报告.html", "text/html", CraftedFiles.pdf())).with(user(reporter)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.evidence[*].name").value(Matchers.contains("polyglot.jpg", "photogpj.png", "报告.pdf")))
                .andReturn();
        List<Number> ids = JsonPath.read(filed.getResponse().getContentAsString(), "$.evidence[*].id");

        mvc.perform(get("/api/v1/evidence/{id}", ids.get(0)).with(user(reporter))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "inline; filename=\"polyglot.jpg\"; filename*=UTF-8''polyglot.jpg"))
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/evidence/{id}", ids.get(1)).with(user(reporter))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("filename*=UTF-8''photogpj.png")))
                .andExpect(header().string("Content-Type", "image/png"));
        mvc.perform(get("/api/v1/evidence/{id}", ids.get(2)).with(user(reporter))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.allOf(Matchers.startsWith("attachment;"),
                        Matchers.containsString("filename*=UTF-8''%E6%8A%A5%E5%91%8A.pdf"))))
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void aNulInANameIsDroppedOnTheApiAndThePage() throws Exception {
        mvc.perform(multipart("/api/v1/records/with-evidence").file(recordPart("NUL"))
                        .file(new MockMultipartFile("files", "现场\0照片.jpg", null, TestFiles.jpeg())).with(user(reporter)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.evidence[0].name").value("现场照片.jpg"));
        mvc.perform(multipart("/records").file(new MockMultipartFile("files", "a\0.jpg", null, TestFiles.jpeg()))
                        .param("elementId", "norms-3a").param("title", "页面 NUL").param("activityDate", IN_WINDOW)
                        .with(user(reporter)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aNulInANameSentOverHttpIsRefusedClearlyNotAServerError() throws Exception {
        String boundary = "xingping-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"record\"\r\nContent-Type: application/json\r\n\r\n"
                + recordJson("HTTP NUL") + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a\0b.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(TestFiles.jpeg());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/records/with-evidence"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (reporter.username() + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat((String) JsonPath.read(response.body(), "$.errors[0].reason")).startsWith("上传的文件名含有不允许的字符（例如空字符 NUL），无法读取");
    }

    @Test
    void aRecordsFilesTogetherStayWithinTheirShare() throws Exception {
        CurrentUser own = fixtures.reporter(fixtures.unit("市方志办"));
        List<Long> before = fixtures.footprint();
        mvc.perform(multipart("/api/v1/records/with-evidence").file(recordPart("两张大照片"))
                        .file(new MockMultipartFile("files", "一.png", null, noise(1)))
                        .file(new MockMultipartFile("files", "二.png", null, noise(2))).with(user(own)))
                .andExpect(status().is(413))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("files"))
                .andExpect(jsonPath("$.errors[0].reason", Matchers.startsWith("每条记录的证明材料合计不能超过 0.1 MB（已有 0 MB，本次 0.1 MB），未保存任何内容")));
        assertThat(fixtures.footprint()).isEqualTo(before);

        MvcResult filed = mvc.perform(multipart("/api/v1/records/with-evidence").file(recordPart("一张大照片"))
                        .file(new MockMultipartFile("files", "一.png", null, noise(1))).with(user(own)))
                .andExpect(status().isCreated()).andReturn();
        Number id = JsonPath.read(filed.getResponse().getContentAsString(), "$.id");
        List<Long> one = fixtures.footprint();
        mvc.perform(multipart("/api/v1/records/{id}/evidence", id).file(new MockMultipartFile("files", "二.png", null, noise(2)))
                        .param("version", "0").with(user(own)))
                .andExpect(status().is(413)).andExpect(jsonPath("$.errors[0].reason", Matchers.startsWith("每条记录的证明材料合计不能超过")));
        assertThat(fixtures.footprint()).isEqualTo(one);
    }

    @Test
    void aUnitsYearOfFilesStaysWithinItsShareOnTheApiAndThePage() throws Exception {
        CurrentUser own = fixtures.reporter(fixtures.unit("市史志办"));
        for (int i = 1; i <= 2; i++) {
            mvc.perform(multipart("/api/v1/records/with-evidence").file(recordPart("第 " + i + " 条"))
                    .file(new MockMultipartFile("files", i + ".png", null, noise(i))).with(user(own))).andExpect(status().isCreated());
        }
        List<Long> before = fixtures.footprint();

        mvc.perform(multipart("/api/v1/records/with-evidence").file(recordPart("第 3 条"))
                        .file(new MockMultipartFile("files", "3.png", null, noise(3))).with(user(own)))
                .andExpect(status().is(413))
                .andExpect(jsonPath("$.errors[0].reason", Matchers.startsWith("本单位本年度的证明材料合计不能超过 0.1 MB")));
        mvc.perform(multipart("/records").file(new MockMultipartFile("files", "3.png", null, noise(3)))
                        .param("elementId", "norms-3a").param("title", "页面第 3 条").param("activityDate", IN_WINDOW)
                        .with(user(own)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("本单位本年度的证明材料合计不能超过 0.1 MB")));
        assertThat(fixtures.footprint()).isEqualTo(before);
    }

    /** A PNG of random pixels, about 43 KB: it does not compress, so two fill a record's 64 KB and three a unit's 100 KB. */
    private static byte[] noise(long seed) throws Exception {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(120, 120, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 120; x++) {
            for (int y = 0; y < 120; y++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        assertThat(out.size()).isBetween(40_000, 50_000);
        return out.toByteArray();
    }

    private Long draft(String title) {
        signIn(reporter);
        try {
            return desk.file(reporter, form("norms-3a", title, LocalDate.parse(IN_WINDOW)), List.of(), false).id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String recordJson(String title) {
        return "{\"elementId\": \"norms-3a\", \"title\": \"" + title + "\", \"activityDate\": \"" + IN_WINDOW + "\", \"place\": \"会议室\"}";
    }

    private static MockMultipartFile recordPart(String title) {
        return new MockMultipartFile("record", "", MediaType.APPLICATION_JSON_VALUE, recordJson(title).getBytes(StandardCharsets.UTF_8));
    }
}
