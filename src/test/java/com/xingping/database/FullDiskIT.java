package com.xingping.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.xingping.XingpingApplication;
import com.xingping.identity.Account;
import com.xingping.reporting.TestFiles;
import com.xingping.support.FullDisk;
import com.xingping.support.Http;
import com.xingping.support.Platform;

/**
 * The platform on an embedded H2 file whose disk fills up: a filing either commits durably (and is
 * there after a restart) or is answered with an error that says it was not saved; health is DOWN while
 * the database cannot write, no one is told they are not signed in, and writes resume once there is
 * space again. A refused upload with a file leaves no file behind, staged or in place.
 */
class FullDiskIT {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    @TempDir
    Path dataDir;
    ConfigurableApplicationContext platform;

    @BeforeAll
    static void registerTheFileSystem() {
        FullDisk.register();
    }

    @AfterEach
    void stop() {
        FullDisk.free();
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aFilingOnAFullDiskIsRefusedAsNotSavedAndTheAcceptedOnesSurviveARestart() throws Exception {
        platform = start();
        Platform data = new Platform(platform);
        data.year();
        Account reporter = data.reporter(data.unit("满盘测试单位"));
        Http api = new Http(base(platform), reporter.username(), Platform.PASSWORD);
        List<String> accepted = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            accepted.add(filed(api, "磁盘满之前 " + i));
        }

        HttpResponse<String> created = api.post("/api/v1/me/tokens", "{\"name\": \"满盘测试\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Http withToken = api.withToken(created.body().replaceFirst(".*\"token\":\"([^\"]+)\".*", "$1"));

        FullDisk.fill();
        HttpResponse<String> refused = file(api, "磁盘已满时提交");
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("未保存");
        HttpResponse<String> upload = fileWithEvidence(base(platform), reporter.username());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(503);
        assertThat(upload.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(upload.body()).contains("未保存");
        assertThat(evidenceFiles()).as("no file of the refused upload is left behind, staged or in place").isEmpty();
        HttpResponse<String> readiness = api.get("/readyz");
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("DOWN");
        assertThat(api.get("/livez").statusCode()).as("the server itself keeps serving").isEqualTo(200);
        HttpResponse<String> read = api.get("/api/v1/records/" + accepted.get(0));
        assertThat(read.statusCode()).as("a read while the disk is full: %s", read.body()).isIn(200, 503);
        HttpResponse<String> me = api.get("/api/v1/me");
        assertThat(me.statusCode()).as("a broken database is not 'not signed in'").isNotEqualTo(401).isIn(200, 503);
        HttpResponse<String> meByToken = withToken.get("/api/v1/me");
        assertThat(meByToken.statusCode()).as("nor for a token whose first use cannot be noted").isNotEqualTo(401).isIn(200, 503);

        FullDisk.free();
        awaitReady(api);
        accepted.add(filed(api, "空间恢复之后"));
        platform.close();

        platform = start();
        Http again = api.on(base(platform));
        for (String id : accepted) {
            assertThat(again.get("/api/v1/records/" + id).statusCode()).as("record %s after the restart", id).isEqualTo(200);
        }
        assertThat(again.get("/api/v1/records").body()).contains("磁盘满之前 3", "空间恢复之后").doesNotContain("磁盘已满时提交")
                .doesNotContain("磁盘已满时上传");
        assertThat(evidenceFiles()).as("nor after the restart's sweep").isEmpty();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(XingpingApplication.class).run(
                "--server.port=0",
                "--xingping.data-dir=" + dataDir,
                "--xingping.storage.evidence-dir=" + dataDir.resolve("evidence"),
                "--spring.datasource.url=jdbc:h2:fulldisk:" + dataDir.resolve("xingping")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    private static HttpResponse<String> file(Http api, String title) {
        return api.post("/api/v1/records", "{\"elementId\": \"norms-3a\", \"title\": \"" + title
                + "\", \"activityDate\": \"2018-03-01\"}");
    }

    /** A record with a photo, as a reporter's browser or client sends it (multipart, basic auth). */
    private static HttpResponse<String> fileWithEvidence(String base, String username) throws Exception {
        String boundary = "----fulldisk";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"record\"\r\nContent-Type: application/json\r\n\r\n"
                + "{\"elementId\": \"norms-3a\", \"title\": \"磁盘已满时上传\", \"activityDate\": \"2018-03-02\"}\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"现场.png\"\r\nContent-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(TestFiles.png());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/records/with-evidence"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + Platform.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Every file under the evidence folder, staged ones included. */
    private List<Path> evidenceFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dataDir.resolve("evidence"))) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static String filed(Http api, String title) {
        HttpResponse<String> response = file(api, title);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        Matcher id = ID.matcher(response.body());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    private static void awaitReady(Http api) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (api.get("/readyz").statusCode() != 200) {
            assertThat(Instant.now()).as("health UP again once there is space").isBefore(deadline);
            Thread.sleep(200);
        }
    }
}
