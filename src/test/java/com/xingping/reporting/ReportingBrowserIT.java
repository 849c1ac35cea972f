package com.xingping.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.xingping.identity.CurrentUser;
import com.xingping.support.Browser;
import com.xingping.unit.Unit;

/** A reporter on a phone and a reviewer at a desk, in a real browser against the running platform. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingBrowserIT {
    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    Browser browser;
    Unit unit;
    CurrentUser reporter;
    CurrentUser reviewer;

    @BeforeAll
    void start() {
        Fixtures fixtures = new Fixtures(context);
        fixtures.openYear();
        unit = fixtures.unit("市农业农村局");
        reporter = fixtures.reporter(unit);
        reviewer = fixtures.reviewer();
        browser = new Browser(port);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    private Page reporterOnPhone() {
        Page phone = Browser.signIn(browser.phone(), reporter.username(), Fixtures.PASSWORD);
        phone.onDialog(dialog -> dialog.accept());
        return phone;
    }

    private Page reviewerAtDesk() {
        Page desk = browser.signIn(reviewer.username(), Fixtures.PASSWORD);
        desk.onDialog(dialog -> dialog.accept());
        return desk;
    }

    /** Fills the record form and saves it with the given button; answers the record's id from the page it lands on. */
    private long fileOnPhone(Page phone, String title, String fileInput, FilePayload file, String button) {
        phone.navigate("/records");
        phone.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("填报新记录")).click();
        phone.locator("#elementId").selectOption("norms-3a");
        assertThat(phone.locator("#element-source")).containsText("三会一课");
        assertThat(phone.locator("#tier-block")).isHidden();
        assertThat(phone.locator("#rate-block")).isHidden();
        phone.getByLabel("标题").fill(title);
        phone.getByLabel("活动日期").fill("2018-03-05");
        phone.getByLabel("地点").fill("三楼会议室");
        phone.locator(fileInput).setInputFiles(file);
        phone.locator(button).click();
        phone.waitForURL(url -> url.matches(".*/records/\\d+$"));
        assertThat(phone.locator("#record-title")).hasText(title);
        return Long.parseLong(phone.url().substring(phone.url().lastIndexOf('/') + 1));
    }

    /** norms-3a on the reporter's own live scorecard, as the page shows it. */
    private static java.math.BigDecimal meetingsOnScorecard(Page phone) {
        phone.navigate("/scorecard");
        return new java.math.BigDecimal(phone.locator("#value-norms-3a").textContent().strip());
    }

    @Test
    void aReporterFilesARecordWithAPhotoFromThePhoneAndAReviewerApprovesItInTheQueue() {
        Page phone = reporterOnPhone();
        java.math.BigDecimal before = meetingsOnScorecard(phone);
        long id = fileOnPhone(phone, "支部党员大会", "#chooser", new FilePayload("现场.png", "image/png", TestFiles.png()),
                "#save-and-submit");

        assertThat(phone.locator("#record-state")).containsText("待审核");
        assertThat(phone.locator("img.evidence-photo")).hasCount(1);
        // the photo really loads through the protected download address (waits until it has, or times out)
        phone.waitForFunction("() => [...document.querySelectorAll('img.evidence-photo')]"
                + ".some(img => img.complete && img.naturalWidth > 0)");

        Page desk = reviewerAtDesk();
        desk.navigate("/review?unitId=" + unit.id());
        assertThat(desk.locator("tr[data-record-id='" + id + "']")).containsText("支部党员大会");
        desk.locator("tr[data-record-id='" + id + "']").getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
        assertThat(desk.locator("img.evidence-photo")).hasCount(1);
        assertThat(desk.locator("#record-title")).isFocused();
        assertThat(desk.locator("#approve")).not().isFocused();
        desk.keyboard().press("a");
        assertThat(desk.locator(".alert-success")).containsText("已通过 #" + id);
        assertThat(desk).hasURL(java.util.regex.Pattern.compile(".*/review(/\\d+)?\\?unitId=" + unit.id() + "&state=SUBMITTED$"));
        if (desk.url().matches(".*/review/\\d+\\?.*")) {
            assertThat(desk.locator(".record-details")).containsText(unit.name());
            assertThat(desk.locator("#approve")).not().isFocused();
        }

        phone.navigate("/records");
        assertThat(phone.locator("a[data-record-id='" + id + "'] .state-badge")).hasText("已通过");
        assertThat(meetingsOnScorecard(phone)).isEqualByComparingTo(before.add(new java.math.BigDecimal("0.4")));
    }

    @Test
    void keyboardReviewUnderAUnitFilterStaysInsideTheFilter() {
        com.xingping.support.Platform platform = new com.xingping.support.Platform(context);
        var year = platform.year();
        java.time.LocalDate march = java.time.LocalDate.of(2018, 3, 6);
        Unit other = platform.unit("市商务局");
        Unit filtered = platform.unit("市民政局");
        platform.submitted(other, year, "norms-3a", march, "商务局支部党员大会");
        var first = platform.submitted(filtered, year, "norms-3a", march, "民政局支部党员大会");
        var second = platform.submitted(filtered, year, "norms-3a", march, "民政局支委会");

        Page desk = reviewerAtDesk();
        desk.navigate("/review?unitId=" + filtered.id());
        desk.locator("tr[data-record-id='" + first.id() + "']").getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
        assertThat(desk.locator("#record-title")).containsText("民政局支部党员大会");
        // review.js focuses the title once its key handler is in place: only then is a key press a decision
        assertThat(desk.locator("#record-title")).isFocused();
        desk.keyboard().press("a");

        assertThat(desk.locator(".alert-success")).containsText("已通过 #" + first.id());
        assertThat(desk.locator("#record-title")).containsText("民政局支委会");
        assertThat(desk.locator("#record-title")).isFocused();
        assertThat(desk.locator("#approve")).not().isFocused();
        desk.keyboard().press("a");
        assertThat(desk.locator(".alert-success")).containsText("已通过 #" + second.id());
        assertThat(desk).hasURL(java.util.regex.Pattern.compile(".*/review\\?unitId=" + filtered.id() + "&state=SUBMITTED$"));
        assertThat(desk.locator("#queue")).hasCount(0);
    }

    @Test
    void aReviewerFindsARecordByTitleAndSeesItsElementAlreadyFullAndTheUnitsOtherRecords() {
        com.xingping.support.Platform platform = new com.xingping.support.Platform(context);
        var year = platform.year();
        java.time.LocalDate march = java.time.LocalDate.of(2018, 3, 6);
        Unit builder = platform.unit("市住建局");
        String word = "Pyq" + System.nanoTime();
        for (int i = 1; i <= 6; i++) {
            platform.approved(builder, year, "democracy-1e", march.plusDays(i), "民主评议党员 第" + i + "次");
        }
        var waiting = platform.submitted(builder, year, "democracy-1e", march, "民主评议党员 " + word.toUpperCase());
        platform.submitted(platform.unit("市交通运输局"), year, "democracy-1e", march, "民主评议党员 " + word);

        Page desk = reviewerAtDesk();
        desk.navigate("/review");
        desk.getByLabel("标题包含").fill(word.toLowerCase());
        desk.locator("#review-filter input[name='unit']").fill(builder.code());
        desk.locator("#review-filter button").click();
        assertThat(desk.locator("#queue-count")).hasText("共 1 条");
        assertThat(desk.locator(".queue-row")).hasCount(1);
        assertThat(desk.locator(".queue-row .days-waiting"))
                .hasText(java.time.Duration.between(waiting.submittedAt(), java.time.Instant.now()).toDays() + " 天");
        desk.locator("tr[data-record-id='" + waiting.id() + "']").getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();

        assertThat(desk.locator("#record-title")).containsText(word.toUpperCase());
        assertThat(desk.locator("#standing-summary")).hasText("该项已 1/1，通过后不再加分");
        assertThat(desk.locator("#other-records .other-record")).hasCount(5);
        assertThat(desk.locator("#other-records .other-record").first()).containsText("民主评议党员 第6次");
        assertThat(desk.locator("#other-records .other-record").first()).containsText("已通过");
        assertThat(desk.locator("#all-others")).hasText("另有 1 条，查看全部");
        desk.locator("#all-others").click();
        assertThat(desk.locator("#queue-count")).hasText("共 7 条");
        assertThat(desk.locator("#filterElement")).hasValue("democracy-1e");
        assertThat(desk.locator("#review-filter input[name='unit']")).hasValue(builder.code());
    }

    @Test
    void aReturnedRecordShowsTheReasonIsEditedResubmittedAndApproved() {
        Page phone = reporterOnPhone();
        java.math.BigDecimal before = meetingsOnScorecard(phone);
        long id = fileOnPhone(phone, "支部委员会", "#camera", new FilePayload("IMG_0001.jpg", "image/jpeg", TestFiles.jpeg()),
                "#save-draft");
        assertThat(phone.locator("#record-state")).containsText("草稿");
        phone.locator("#submit-record").click();
        assertThat(phone.locator("#record-state")).containsText("待审核");

        Page desk = reviewerAtDesk();
        desk.navigate("/review/" + id);
        assertThat(desk.locator("#record-title")).isFocused();
        desk.keyboard().press("r");
        assertThat(desk.locator("#reason-needed")).isVisible();
        assertThat(desk.locator("#reason")).isFocused();
        desk.locator("#reason").fill("请补充会议签到表");
        desk.keyboard().press("Enter");
        assertThat(desk.locator(".alert-success")).containsText("已退回 #" + id);

        phone.navigate("/records");
        assertThat(phone.locator("a[data-record-id='" + id + "'] .state-badge")).hasText("已退回");
        assertThat(phone.locator("a[data-record-id='" + id + "'] .review-reason")).containsText("请补充会议签到表");
        phone.locator("a[data-record-id='" + id + "']").click();
        assertThat(phone.locator("#review-reason")).containsText("请补充会议签到表");
        phone.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("修改")).click();
        assertThat(phone.locator("#review-reason")).containsText("请补充会议签到表");
        phone.getByLabel("标题").fill("支部委员会（附签到表）");
        phone.locator("#chooser").setInputFiles(new FilePayload("签到表.png", "image/png", TestFiles.png()));
        phone.locator("#save-and-submit").click();
        assertThat(phone.locator("#record-state")).containsText("待审核");
        assertThat(phone.locator("img.evidence-photo")).hasCount(2);

        desk.navigate("/review/" + id);
        assertThat(desk.locator("#record-title")).containsText("支部委员会（附签到表）");
        assertThat(meetingsOnScorecard(phone)).as("not counted while returned or awaiting review").isEqualByComparingTo(before);
        desk.locator("#approve").click();
        assertThat(desk.locator(".alert-success")).containsText("已通过 #" + id);
        phone.navigate("/records");
        assertThat(phone.locator("a[data-record-id='" + id + "'] .state-badge")).hasText("已通过");
        assertThat(meetingsOnScorecard(phone)).isEqualByComparingTo(before.add(new java.math.BigDecimal("0.4")));
    }

    @Test
    void anOversizedUploadGetsAClearMessageNotAStackTrace(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        Page phone = reporterOnPhone();
        long id = fileOnPhone(phone, "大文件测试", "#chooser", new FilePayload("a.png", "image/png", TestFiles.png()), "#save-draft");
        java.nio.file.Path eleven = java.nio.file.Files.write(folder.resolve("big.jpg"), new byte[11 * 1024 * 1024]);
        byte[] twentyOne = new byte[21 * 1024 * 1024];

        // the page stops a file over the evidence limit before sending it
        phone.locator("#evidence-form #chooser").setInputFiles(eleven);
        assertThat(phone.locator("#evidence-form .files-problem")).containsText("超过 10 MB");
        phone.locator("#evidence-form button").click();
        assertThat(phone).hasURL(java.util.regex.Pattern.compile(".*/records/" + id + "$"));

        // past the server's multipart limit, the page and the API both answer in words
        String action = phone.locator("#evidence-form").getAttribute("action");
        String session = phone.context().cookies().stream().filter(c -> c.name.equals("SESSION"))
                .map(c -> "SESSION=" + c.value).findFirst().orElseThrow();
        HttpResponse<String> page = post(action, "Cookie", session, "text/html", twentyOne);
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("上传的文件太大").doesNotContain("Exception");

        HttpResponse<String> api = post("/api/v1/records/" + id + "/evidence", "Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((reporter.username() + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)),
                "application/json", twentyOne);
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(api.body()).contains("上传的文件太大");
        phone.reload();
        assertThat(phone.locator("li.evidence-file")).hasCount(1);
    }

    /** A multipart post of one file named big.jpg, as a browser or an API client sends it. */
    private HttpResponse<String> post(String path, String authHeader, String authValue, String accept, byte[] file)
            throws Exception {
        String boundary = "xingping-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header(authHeader, authValue).header("Accept", accept)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, file, tail))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
