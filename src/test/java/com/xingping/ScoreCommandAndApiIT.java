package com.xingping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.xingping.scoring.InvalidDocuments;

/** The packaged jar's command and the running platform's endpoint, side by side, as a user would call them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScoreCommandAndApiIT {
    private static final Path JAR = Path.of("target", "xingping.jar");

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

    private HttpResponse<String> post(String document) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/scoring/evaluate"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8)))
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
