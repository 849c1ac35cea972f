package com.xingping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.xingping.scoring.InvalidDocuments;

/**
 * The packaged jar's command and the running platform's endpoint, side by side, as a user would call them,
 * and the size limits of what is posted to the running server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScoreCommandAndApiIT {
    private static final Path JAR = Path.of("target", "xingping.jar");
    private static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString("admin:Committee-Pass-2026".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    @Test
    void commandAndEndpointGiveTheSameAnswerOnTheExampleYear(@TempDir Path dir) throws Exception {
        Path year = dir.resolve("example-year.json");
        Files.writeString(year, InvalidDocuments.exampleYear());

        Result command = runJar("score", year.toString());
        HttpResponse<String> api = post(InvalidDocuments.exampleYear());

        assertThat(command.exit()).isZero();
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).isEqualTo(command.stdout().strip());
        assertThat(api.body()).contains("\"id\":\"U008\"");
    }

    @Test
    void commandAndEndpointRefuseTheSameBadDocument(@TempDir Path dir) throws Exception {
        InvalidDocuments.Case bad = InvalidDocuments.all().get(2);
        Path year = dir.resolve("bad.json");
        Files.writeString(year, bad.document());

        Result command = runJar("score", year.toString());
        HttpResponse<String> api = post(bad.document());

        assertThat(command.exit()).isEqualTo(2);
        assertThat(command.stderr()).contains(bad.expectedProblem());
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(api.body()).contains(bad.expectedProblem());
    }

    @Test
    void endpointAsksForCredentials() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/scoring/evaluate"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(InvalidDocuments.exampleYear())).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
    }

    @Test
    void aDocumentSentWithoutItsLengthIsRefusedOnceItPassesTheLimit() throws Exception {
        byte[] document = new byte[21 * 1024 * 1024];
        Arrays.fill(document, (byte) ' ');
        document[0] = '{';
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/scoring/evaluate"))
                .header("Content-Type", "application/json").header("Authorization", ADMIN)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(document))).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("评分数据过大：不能超过 20 MB");
    }

    @Test
    void aDocumentDeclaredLargerThanTheLimitIsRefusedBeforeItsBodyIsSent() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("POST /api/v1/scoring/evaluate HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: " + ADMIN + "\r\nContent-Type: application/json\r\nContent-Length: 97000000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            BufferedReader answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(answer.readLine()).startsWith("HTTP/1.1 413");
            assertThat(answer.lines().takeWhile(line -> !line.isEmpty()).toList())
                    .contains("Content-Type: application/problem+json");
        }
    }

    @Test
    void aDocumentPastedBeyondTheSimulatorPageLimitIsRefusedSayingWhereLargerOnesGo() throws Exception {
        HttpClient browser = signedIn();
        String csrf = csrf(browser.send(HttpRequest.newBuilder(URI.create(base() + "/simulator")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());

        HttpResponse<String> pasted = browser.send(HttpRequest.newBuilder(URI.create(base() + "/simulator"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&document=" + " ".repeat(3 * 1024 * 1024)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(pasted.statusCode()).isEqualTo(413);
        assertThat(pasted.body()).contains("粘贴的评分数据太大：页面一次不超过 2MB，未计分",
                "POST /api/v1/scoring/evaluate（不超过 20MB）");
    }

    @Test
    void theSimulatorShowsDeductionsByKindAndWhyAStarIsWithheld() throws Exception {
        HttpClient browser = signedIn();
        String csrf = csrf(browser.send(HttpRequest.newBuilder(URI.create(base() + "/simulator")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
        String document = """
                {"rubric": "shaoxing-2018", "year": 2018, "units": [{"id": "S1", "name": "市模拟局",
                  "checks": {"study-1a": true}, "falsified": {"study-1a": {"check": true}},
                  "penalties": {"democracy-3a": {"criticized": 1}},
                  "baselineViolations": [{"id": "norms-B1", "points": 2}, {"id": "norms-B1", "points": 1}],
                  "seriousDeductions": [{"points": 3, "reason": "市纪委通报"}]}]}""";

        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base() + "/simulator"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&document="
                        + java.net.URLEncoder.encode(document, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(page.statusCode()).isEqualTo(200);
        String row = page.body().substring(page.body().indexOf("市模拟局"));
        // 学习星: study-1a earns 1 and its false claim is charged 2 × 1, study-3a 2: 3 − 2 = 1, withheld;
        // 规范星: norms-B1 deducts once, its largest points 2, floored at 0, withheld
        assertThat(row).containsSubsequence("<span>1</span>", "弄虚作假，不授星", "<span>0</span>", "违反底线，不授星");
        // 党建分 3.5, 加分 0, penalties 0.5 (democracy-3a), baseline 2, falsification 2, serious 3, total 0.5
        assertThat(row).containsSubsequence(">3.5<", ">0<", ">0.5<", ">2<", ">2<", ">3<", ">0.5<");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** A browser's session: signed in through the login form, as the admin. */
    private HttpClient signedIn() throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String csrf = csrf(browser.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=Committee-Pass-2026&_csrf=" + csrf))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(signIn.statusCode()).isEqualTo(302);
        return browser;
    }

    private static String csrf(String html) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).as("a form with a CSRF token").isTrue();
        return token.group(1);
    }

    private HttpResponse<String> post(String document) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/scoring/evaluate"))
                .header("Content-Type", "application/json")
                .header("Authorization", ADMIN)
                .POST(HttpRequest.BodyPublishers.ofString(document)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private record Result(int exit, String stdout, String stderr) {
    }

    private static Result runJar(String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String[] command = new String[args.length + 3];
        command[0] = java;
        command[1] = "-jar";
        command[2] = JAR.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
