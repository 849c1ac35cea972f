package com.xingping.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.xingping.XingpingApplication;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The platform as operations see it, on a PostgreSQL of its own that the last test stops: the probes
 * answer anyone (no sign-in page), readiness includes the database, metrics and info are served on the
 * management port only, and the access log is written under the data directory.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsIT {
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static EmbeddedPostgres database;
    private static ConfigurableApplicationContext platform;
    private static Path dataDir;
    private static String application;
    private static String management;

    @BeforeAll
    static void start() throws IOException {
        database = EmbeddedPostgres.builder().start();
        dataDir = Files.createTempDirectory("xingping-operations");
        platform = new SpringApplicationBuilder(XingpingApplication.class).run(
                "--server.port=0",
                "--xingping.data-dir=" + dataDir,
                "--xingping.storage.evidence-dir=" + dataDir.resolve("evidence"),
                "--xingping.access-log.enabled=true",
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                // a stopped database is noticed once a connection is wanted for this long (Hikari's default is 30 s)
                "--spring.datasource.hikari.connection-timeout=2000");
        application = "http://localhost:" + platform.getEnvironment().getProperty("local.server.port");
        management = "http://127.0.0.1:" + platform.getEnvironment().getProperty("local.management.port");
    }

    @AfterAll
    static void stop() throws IOException {
        if (platform != null) {
            platform.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void probesAnswerAnonymousCallersWithJsonOnBothPorts() {
        for (String probe : new String[] {management + "/actuator/health/liveness", management + "/actuator/health/readiness",
                application + "/livez", application + "/readyz"}) {
            HttpResponse<String> response = get(probe);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(probe).hasValueSatisfying(type -> assertThat(type).contains("json"));
            assertThat(response.body()).as(probe).contains("\"status\":\"UP\"");
        }
        HttpResponse<String> oldPath = get(application + "/actuator/health/readiness");
        assertThat(oldPath.statusCode()).as("the actuator lives on the management port; no sign-in page here")
                .isEqualTo(404);
        assertThat(oldPath.headers().firstValue("Location")).isEmpty();
    }

    @Test
    @Order(2)
    void prometheusMetricsAreOnTheManagementPortOnly() {
        get(application + "/login");
        HttpResponse<String> metrics = get(management + "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(metrics.body()).contains("# TYPE jvm_memory_used_bytes gauge", "hikaricp_connections_active",
                "http_server_requests_seconds_count{", "uri=\"/login\"");

        HttpResponse<String> onTheApplicationPort = get(application + "/actuator/prometheus");
        assertThat(onTheApplicationPort.statusCode()).isNotEqualTo(200);
        assertThat(onTheApplicationPort.body()).doesNotContain("jvm_memory_used_bytes");
    }

    @Test
    @Order(3)
    void infoNamesTheVersionAndTheCommitItWasBuiltFrom() throws IOException {
        HttpResponse<String> info = get(management + "/actuator/info");
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"version\":\"" + System.getProperty("xingping.version") + "\"");
        Properties git = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/git.properties")) {
            if (in == null) {
                assertThat(info.body()).as("built without .git: no commit to show").doesNotContain("\"git\"");
                return;
            }
            git.load(in);
        }
        assertThat(info.body()).contains("\"commit\":{\"id\":\"" + git.getProperty("git.commit.id.abbrev") + "\"");
    }

    @Test
    @Order(4)
    void everyRequestToTheApplicationIsInTheAccessLog() throws Exception {
        get(application + "/livez?from=access-log-test");
        // Tomcat writes the line once the response is sent, so the client may read the file a moment early
        Pattern line = Pattern.compile("127\\.0\\.0\\.1 - - \\[[^]]+] \"GET /livez\\?from=access-log-test HTTP/1\\.1\" 200 \\d+ \"-\" "
                + "\"Java-http-client/[^\"]+\" \\d+");
        Instant deadline = Instant.now().plusSeconds(10);
        while (!line.matcher(accessLog()).find()) {
            assertThat(Instant.now()).as("the request's line in %s", accessLog()).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private static String accessLog() throws IOException {
        try (Stream<Path> files = Files.list(dataDir.resolve("logs"))) {
            return String.join("\n", files.filter(f -> f.getFileName().toString().matches("access\\.\\d{4}-\\d{2}-\\d{2}\\.log"))
                    .map(OperationsIT::read).toList());
        }
    }

    @Test
    @Order(5)
    void readinessIsDownWhileTheDatabaseIsDownAndLivenessIsNot() throws IOException {
        database.close();
        database = null;
        for (String readiness : new String[] {management + "/actuator/health/readiness", application + "/readyz"}) {
            HttpResponse<String> response = get(readiness);
            assertThat(response.statusCode()).as(readiness).isEqualTo(503);
            assertThat(response.body()).as(readiness).contains("\"status\":\"DOWN\"");
        }
        HttpResponse<String> liveness = get(management + "/actuator/health/liveness");
        assertThat(liveness.statusCode()).as("the process is alive; restarting it would not bring the database back").isEqualTo(200);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> get(String url) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
