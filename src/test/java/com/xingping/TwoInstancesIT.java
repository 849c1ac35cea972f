package com.xingping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.xingping.identity.Account;
import com.xingping.identity.Role;
import com.xingping.reporting.TestFiles;
import com.xingping.support.EmbeddedPostgresServer;
import com.xingping.support.Http;
import com.xingping.support.Platform;
import com.xingping.support.S3Server;
import com.xingping.unit.Unit;

import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Two instances of the platform on one PostgreSQL and one evidence bucket, as behind a proxy that
 * sends each request to either: a page session started on one goes on on the other, a record filed
 * with a photo on one is approved on the other, and the photo downloads from both. Every page request
 * comes as nginx forwards it (docs/deployment.md): {@code X-Forwarded-For} and {@code X-Forwarded-Proto:
 * https}, which the instances honour ({@code server.forward-headers-strategy=native}, the proxy on 127.0.0.1).
 */
class TwoInstancesIT {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String CLIENT_ADDRESS = "198.51.100.7";
    private static String bucket;
    private static ConfigurableApplicationContext one;
    private static ConfigurableApplicationContext two;
    private static Platform platform;

    @BeforeAll
    static void start() {
        String database = EmbeddedPostgresServer.newDatabaseUrl();
        bucket = S3Server.shared().newBucket();
        one = instance(database);
        two = instance(database);
        platform = new Platform(one);
        platform.year();
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {one, two}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Test
    void aSessionStartedOnOneInstanceGoesOnOnTheOtherAndSigningOutThereEndsItOnBoth() {
        Account reviewer = platform.account(Role.REVIEWER);
        Visitor visitor = Visitor.signIn(base(one), reviewer.username());

        HttpResponse<String> home = visitor.get(base(two), "/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains(reviewer.displayName());

        HttpResponse<String> out = visitor.postForm(base(two), "/logout", Map.of("_csrf", visitor.csrf(base(two), "/")));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?logout"));
        HttpResponse<String> after = visitor.get(base(one), "/");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    @Test
    void aRecordFiledWithAPhotoOnOneInstanceIsApprovedOnTheOtherAndThePhotoDownloadsFromBoth() {
        Unit unit = platform.unit("双实例测试单位");
        Account reporter = platform.reporter(unit);
        Account reviewer = platform.account(Role.REVIEWER);
        byte[] photo = TestFiles.png();

        Visitor reporting = Visitor.signIn(base(one), reporter.username());
        String token = reporting.csrf(base(two), "/records/new");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("elementId", "norms-3a");
        fields.put("title", "两台服务器上的三会一课");
        fields.put("activityDate", "2018-04-10");
        fields.put("action", "submit");
        HttpResponse<String> filed = reporting.postMultipart(base(one), "/records?_csrf=" + token, fields, "会议现场.png", photo);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
        String recordId = filed.headers().firstValue("Location").orElseThrow().replaceFirst(".*/records/(\\d+).*", "$1");

        Visitor reviewing = Visitor.signIn(base(two), reviewer.username());
        HttpResponse<String> page = reviewing.get(base(one), "/review/" + recordId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("两台服务器上的三会一课");
        HttpResponse<String> approved = reviewing.postForm(base(two), "/review/" + recordId + "/decision",
                Map.of("_csrf", csrf(page.body()), "decision", "approve"));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(302);

        Http api = new Http(base(one), reviewer.username(), Platform.PASSWORD);
        for (ConfigurableApplicationContext instance : List.of(one, two)) {
            HttpResponse<String> record = api.on(base(instance)).get("/api/v1/records/" + recordId);
            assertThat(record.body()).contains("\"state\":\"APPROVED\"");
        }
        String evidenceId = evidenceId(api.get("/api/v1/records/" + recordId).body());
        for (ConfigurableApplicationContext instance : List.of(one, two)) {
            assertThat(reviewing.download(base(instance), "/evidence/" + evidenceId)).as("the photo from %s", base(instance))
                    .isEqualTo(photo);
            assertThat(reporting.download(base(instance), "/evidence/" + evidenceId)).isEqualTo(photo);
        }
        JdbcTemplate database = one.getBean(JdbcTemplate.class);
        assertThat(database.queryForList("select address from audit_event where entity_type = 'record' and entity_id = ?"
                + " and action in ('record.filed', 'evidence.added', 'record.approved')", String.class, Long.valueOf(recordId)))
                .as("the reporter's and reviewer's address, not the proxy's").hasSize(3).containsOnly(CLIENT_ADDRESS);
        List<String> objects = S3Server.shared().client().listObjectsV2Paginator(list -> list.bucket(bucket)).contents()
                .stream().map(S3Object::key).toList();
        assertThat(objects).as("the photo in the shared bucket, nothing left staged").hasSize(1)
                .allSatisfy(key -> assertThat(key).matches("[0-9a-f]{32}\\.png"));
    }

    @Test
    void wrongPasswordsOnEitherInstanceAddUpToOneLockThatBothEnforce() {
        Account leader = platform.account(Role.LEADER);
        for (int i = 0; i < 5; i++) {
            String base = base(i % 2 == 0 ? one : two);
            assertThat(new Http(base, leader.username(), "Wrong-pass-" + i).get("/api/v1/me").statusCode()).isEqualTo(401);
        }
        for (ConfigurableApplicationContext instance : List.of(one, two)) {
            HttpResponse<String> refused = new Http(base(instance), leader.username(), Platform.PASSWORD).get("/api/v1/me");
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.body()).contains("已锁定");
        }
    }

    private static ConfigurableApplicationContext instance(String database) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + database,
                "--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.forward-headers-strategy=native",
                "--xingping.data-dir=" + System.getProperty("java.io.tmpdir") + "/xingping-two-" + UUID.randomUUID()));
        for (String property : S3Server.shared().properties(bucket)) {
            arguments.add("--" + property);
        }
        return new SpringApplicationBuilder(XingpingApplication.class).run(arguments.toArray(String[]::new));
    }

    private static String base(ConfigurableApplicationContext instance) {
        return "http://localhost:" + instance.getEnvironment().getProperty("local.server.port");
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("a CSRF token in the page").isTrue();
        return token.group(1);
    }

    private static String evidenceId(String recordJson) {
        Matcher id = Pattern.compile("\"evidence\":\\[\\{\"id\":(\\d+)").matcher(recordJson);
        assertThat(id.find()).as(recordJson).isTrue();
        return id.group(1);
    }

    /** A browser's session: the SESSION cookie it got when signing in, sent to whichever instance it asks. */
    private record Visitor(String sessionCookie) {

        static Visitor signIn(String base, String username) {
            HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET(), null);
            String anonymous = cookie(login);
            HttpResponse<String> signedIn = send(form(base + "/login", Map.of("username", username,
                    "password", Platform.PASSWORD, "_csrf", TwoInstancesIT.csrf(login.body()))), anonymous);
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
            assertThat(signedIn.headers().allValues("Set-Cookie")).as("a session cookie for https only")
                    .anySatisfy(c -> assertThat(c).startsWith("SESSION=").contains("; Secure").contains("; HttpOnly"));
            return new Visitor(cookie(signedIn));
        }

        HttpResponse<String> get(String base, String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), sessionCookie);
        }

        byte[] download(String base, String path) {
            try {
                HttpResponse<byte[]> response = CLIENT.send(proxied(HttpRequest.newBuilder(URI.create(base + path)))
                        .header("Cookie", "SESSION=" + sessionCookie).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(response.statusCode()).as("download %s%s", base, path).isEqualTo(200);
                return response.body();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        String csrf(String base, String path) {
            HttpResponse<String> page = get(base, path);
            assertThat(page.statusCode()).as("%s%s", base, path).isEqualTo(200);
            return TwoInstancesIT.csrf(page.body());
        }

        HttpResponse<String> postForm(String base, String path, Map<String, String> fields) {
            return send(form(base + path, fields), sessionCookie);
        }

        HttpResponse<String> postMultipart(String base, String path, Map<String, String> fields, String fileName, byte[] file) {
            String boundary = "----xingping" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                    + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), sessionCookie);
        }

        private static HttpRequest.Builder form(String url, Map<String, String> fields) {
            String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        }

        private static String cookie(HttpResponse<?> response) {
            return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                    .map(c -> c.substring("SESSION=".length(), c.indexOf(';'))).findFirst()
                    .orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers()));
        }

        /** The headers nginx adds (proxy_set_header X-Forwarded-For / X-Forwarded-Proto). */
        private static HttpRequest.Builder proxied(HttpRequest.Builder request) {
            return request.header("X-Forwarded-For", CLIENT_ADDRESS).header("X-Forwarded-Proto", "https");
        }

        private static HttpResponse<String> send(HttpRequest.Builder request, String session) {
            proxied(request);
            if (session != null) {
                request.header("Cookie", "SESSION=" + session);
            }
            try {
                return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
