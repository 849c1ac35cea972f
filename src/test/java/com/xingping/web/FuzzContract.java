package com.xingping.web;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.xingping.identity.Account;
import com.xingping.identity.Role;
import com.xingping.scoring.InvalidDocuments;
import com.xingping.support.Http;
import com.xingping.support.Ods;
import com.xingping.support.Platform;
import com.xingping.support.Xlsx;

/**
 * Seeded random bodies and files thrown at the record, evidence, import and scoring endpoints over real
 * HTTP: malformed and truncated JSON, wrong types, huge numbers, deep nesting, NUL, RTL overrides and lone
 * surrogates, truncated multipart, random bytes as spreadsheets and photos. Every answer is 2xx or a
 * problem+json 4xx, never a 5xx, and a refusal writes nothing: no row in the reporting and fact tables,
 * no audit line, no file in the evidence folder. The seed is fixed, so a failure can be replayed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "xingping.storage.evidence-dir=${java.io.tmpdir}/xingping-fuzz-evidence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FuzzContract {
    private static final long SEED = 20261207L;
    private static final List<String> TABLES = List.of("activity_record", "evidence", "audit_event", "member", "committee_fact");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern SHA256 = Pattern.compile("\"sha256\"");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${java.io.tmpdir}/xingping-fuzz-evidence")
    Path evidenceDir;

    final Random random = new Random(SEED);
    final List<String> failures = new ArrayList<>();
    String reporterToken;
    String adminToken;
    long draftId;
    int cases;

    @BeforeAll
    void signIn() {
        Platform platform = new Platform(context);
        platform.year();
        Account reporter = platform.reporter(platform.unit("模糊测试单位"));
        Account admin = platform.account(Role.ADMIN);
        reporterToken = token(reporter);
        adminToken = token(admin);
        HttpResponse<String> draft = new Http(base(), null, null, reporterToken).post("/api/v1/records",
                "{\"elementId\": \"norms-3a\", \"title\": \"模糊测试草稿\", \"activityDate\": \"2018-03-01\"}");
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        draftId = Long.parseLong(first(ID, draft.body()));
    }

    @Test
    void noFuzzedBodyOrFileGetsA5xxOrLeavesAHalfWrite() throws IOException {
        for (int i = 0; i < 90; i++) {
            send("POST /api/v1/records", reporterToken, "/api/v1/records", "application/json", jsonBody(recordJson()), Kind.RECORD);
        }
        for (int i = 0; i < 70; i++) {
            Multipart body = new Multipart(random);
            body.part("record", null, "application/json", jsonBody(recordJson()));
            for (int f = random.nextInt(3); f > 0; f--) {
                body.part("files", fileName(), randomType(), fileBytes());
            }
            send("POST /api/v1/records/with-evidence", reporterToken, "/api/v1/records/with-evidence", body.contentType(),
                    maybeTruncated(body.bytes()), Kind.RECORD);
        }
        for (int i = 0; i < 50; i++) {
            Multipart body = new Multipart(random);
            for (int f = random.nextInt(3); f > 0; f--) {
                body.part("files", fileName(), randomType(), fileBytes());
            }
            String version = random.nextInt(4) == 0 ? junkText() : currentVersion();
            send("POST /api/v1/records/{id}/evidence", reporterToken, "/api/v1/records/" + draftId + "/evidence?version="
                    + encode(version), body.contentType(), maybeTruncated(body.bytes()), Kind.EVIDENCE);
        }
        List<String> kinds = List.of("units", "rosters", "conduct", "target", "conduct-official", "nonsense");
        for (int i = 0; i < 80; i++) {
            String kind = kinds.get(random.nextInt(kinds.size()));
            Multipart body = new Multipart(random);
            body.part("file", spreadsheetName(), "application/octet-stream", spreadsheetBytes());
            if (random.nextBoolean()) {
                body.part("date", null, null, pick("2018-06-01", "2018-13-45", "", "\u0000", "9999999999-01-01").getBytes(StandardCharsets.UTF_8));
                body.part("reference", null, null, junkText().getBytes(StandardCharsets.UTF_8));
                body.part("mean", null, null, pick("85.5", "1e999999", "NaN", "-0", "99999999999999999999999999999.99", junkText())
                        .getBytes(StandardCharsets.UTF_8));
            }
            send("POST /api/v1/imports/" + kind, adminToken, "/api/v1/imports/" + kind, body.contentType(),
                    maybeTruncated(body.bytes()), Kind.IMPORT);
        }
        for (int i = 0; i < 60; i++) {
            send("POST /api/v1/scoring/evaluate", reporterToken, "/api/v1/scoring/evaluate", "application/json",
                    jsonBody(mutated(InvalidDocuments.exampleYear())), Kind.READ_ONLY);
        }

        assertThat(cases).isGreaterThanOrEqualTo(300);
        assertThat(failures).as("seed %d, %d cases", SEED, cases).isEmpty();
    }

    private enum Kind { RECORD, EVIDENCE, IMPORT, READ_ONLY }

    private void send(String endpoint, String token, String path, String contentType, byte[] body, Kind kind) throws IOException {
        cases++;
        List<Long> before = footprint();
        HttpResponse<String> response;
        try {
            response = CLIENT.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // a truncated body may leave the server waiting for the rest, or it may close the connection: not an answer
            assertThat(footprint()).as("%s case %d: rows and files after a dropped request", endpoint, cases).isEqualTo(before);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        int status = response.statusCode();
        List<Long> after = footprint();
        String what = endpoint + " case " + cases + " → " + status + " " + abbreviated(response.body());
        if (status >= 500 || status < 200 || status >= 300 && status < 400) {
            failures.add(what);
            return;
        }
        if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                failures.add(what + " (Content-Type " + type + ")");
            }
            if (!after.equals(before)) {
                failures.add(what + " wrote " + before + " → " + after);
            }
            return;
        }
        long records = after.get(0) - before.get(0);
        long evidence = after.get(1) - before.get(1);
        long files = after.get(5) - before.get(5);
        boolean asSaid = switch (kind) {
            case RECORD -> records == 1 && evidence == listed(response.body()) && files == evidence;
            case EVIDENCE -> records == 0 && evidence == listed(response.body()) && files == evidence;
            case IMPORT -> records == 0 && evidence == 0 && files == 0;
            case READ_ONLY -> after.equals(before);
        };
        if (!asSaid) {
            failures.add(what + " wrote " + before + " → " + after);
        }
    }

    /** The files a 2xx says it added: the evidence entries in its answer. */
    private static long listed(String body) {
        return SHA256.matcher(body).results().count();
    }

    private List<Long> footprint() throws IOException {
        List<Long> counts = new ArrayList<>();
        for (String table : TABLES) {
            counts.add(jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        try (Stream<Path> files = Files.walk(evidenceDir)) {
            counts.add(files.filter(Files::isRegularFile).count());
        }
        return counts;
    }

    // ---- generators -------------------------------------------------------------------------------

    private String recordJson() {
        String valid = "{\"elementId\": \"norms-3a\", \"title\": \"" + junkText() + "\", \"activityDate\": \"2018-03-0"
                + (1 + random.nextInt(9)) + "\", \"place\": \"会议室\"}";
        return switch (random.nextInt(8)) {
            case 0 -> valid;
            case 1 -> "{\"elementId\": " + pick("5", "true", "[]", "{}", "null", "\"\"", "\"norms-1e\"", "\"study-9z\"")
                    + ", \"title\": " + pick("1", "[\"a\"]", "{}", "null", "\"" + "长".repeat(5000) + "\"")
                    + ", \"activityDate\": " + pick("true", "20180301", "\"2018-02-30\"", "\"0000-00-00\"", "\"+999999999-12-31\"",
                    "\"2018-03-01T00:00:00Z\"", "null") + "}";
            case 2 -> "{\"elementId\": \"norms-7a\", \"title\": \"等级\", \"activityDate\": \"2018-03-01\", \"level\": "
                    + pick("1e999999", "-1", "99999999999999999999999999", "\"市级\"", "NaN", "{}") + ", \"rate\": "
                    + pick("1e309", "-0.0000000000000000001", "\"abc\"", "Infinity", "[1,2]") + "}";
            case 3 -> deepNesting();
            default -> mutated(valid);
        };
    }

    /** JSON as bytes, sometimes with raw bytes that are not UTF-8 (a lone surrogate half, a cut multi-byte character). */
    private byte[] jsonBody(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(6) == 0) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = random.nextInt(bytes.length + 1);
            out.write(bytes, 0, at);
            out.writeBytes(pick(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xE9}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                    new byte[] {0}));
            out.write(bytes, at, bytes.length - at);
            return out.toByteArray();
        }
        return bytes;
    }

    private String mutated(String valid) {
        StringBuilder text = new StringBuilder(valid);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && !text.isEmpty(); e++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(6)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, pick("{", "}", "[", "]", ",", ":", "\"", "\\", "\\u0000", "\\ud800", "\\udfff", "\u202e",
                        "\u0000", "1e999999", "-", "null", "\ufeff"));
                case 2 -> text.setLength(at);
                case 3 -> text.setCharAt(at, (char) random.nextInt(0x10000));
                case 4 -> text.replace(at, Math.min(text.length(), at + 3), pick("99999999999999999999999999999999", "true", "\"\"", "[]"));
                default -> text.insert(at, junkText());
            }
        }
        return text.toString();
    }

    private String deepNesting() {
        int depth = pick(100, 1_000, 5_000, 50_000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        return "{\"elementId\": " + open.repeat(depth) + "1" + close.repeat(random.nextBoolean() ? depth : depth / 2) + "}";
    }

    private String junkText() {
        return pick("正常标题", "\u202e反向覆盖\u202c", "NUL\u0000字符", "零宽\u200b\u200d", "\ud83d\ude00表情", "孤立\ud800代理",
                "\\u0000", "<script>alert(1)</script>", "' or 1=1 --", "%00%2e%2e/", "../../etc/passwd", "長".repeat(300),
                "\r\n\t", "");
    }

    private String currentVersion() {
        HttpResponse<String> draft = new Http(base(), null, null, reporterToken).get("/api/v1/records/" + draftId);
        Matcher version = VERSION.matcher(draft.body());
        return version.find() ? version.group(1) : "0";
    }

    private String fileName() {
        return pick("照片.png", "scan.jpg", "报告.pdf", "表.xlsx", "a.heic", "\u202egnp.exe", "../../x.png", "NUL\u0000.png", "", "无扩展名");
    }

    private String randomType() {
        return pick("image/png", "application/pdf", "application/octet-stream", "text/html", "");
    }

    private byte[] fileBytes() {
        return switch (random.nextInt(4)) {
            case 0 -> noise(random.nextInt(2048));
            case 1 -> prefixed(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            case 2 -> prefixed("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
            default -> new byte[0];
        };
    }

    private String spreadsheetName() {
        return pick("导入.xlsx", "导入.ods", "导入.csv", "导入.xls", "导入", "导入.xlsx.exe", "\u202exslx.csv");
    }

    private byte[] spreadsheetBytes() {
        return switch (random.nextInt(6)) {
            case 0 -> noise(random.nextInt(4096));
            case 1 -> corrupted(Xlsx.header("单位编码", "姓名", "身份", "学时").row("T0001", junkText(), "党员", "1e999").bytes());
            case 2 -> corrupted(Ods.header("单位编码", "得分").row("T0001", "abc").bytes());
            case 3 -> prefixed(new byte[] {'P', 'K', 3, 4});
            case 4 -> ("单位编码,得分\n" + junkText() + "," + pick("99999999999999999999999", "-1", "NaN", "\u0000", "1e999999")
                    + "\n\"unterminated,\n").getBytes(pick(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE));
            default -> new byte[0];
        };
    }

    /** A real file with a few bytes flipped or its tail cut off. */
    private byte[] corrupted(byte[] bytes) {
        byte[] copy = bytes.clone();
        if (random.nextBoolean()) {
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
            }
            return copy;
        }
        return java.util.Arrays.copyOf(copy, random.nextInt(copy.length));
    }

    private byte[] prefixed(byte[] magic) {
        byte[] tail = noise(random.nextInt(1024));
        byte[] bytes = java.util.Arrays.copyOf(magic, magic.length + tail.length);
        System.arraycopy(tail, 0, bytes, magic.length, tail.length);
        return bytes;
    }

    private byte[] noise(int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    /** One time in four the multipart body is cut short, so its closing boundary never comes. */
    private byte[] maybeTruncated(byte[] body) {
        return random.nextInt(4) == 0 ? java.util.Arrays.copyOf(body, random.nextInt(body.length)) : body;
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private String token(Account account) {
        HttpResponse<String> created = new Http(base(), account.username(), Platform.PASSWORD)
                .post("/api/v1/me/tokens", "{\"name\": \"模糊测试\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created.body().replaceFirst(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** A multipart/form-data body built by hand, so parts can carry any bytes and names. */
    private static final class Multipart {
        private final String boundary;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Multipart(Random random) {
            this.boundary = "----fuzz" + Long.toHexString(random.nextLong());
        }

        void part(String name, String fileName, String type, byte[] content) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                    .append(name).append('"');
            if (fileName != null) {
                head.append("; filename=\"").append(fileName.replace("\"", "%22")).append('"');
            }
            head.append("\r\n");
            if (type != null && !type.isEmpty()) {
                head.append("Content-Type: ").append(type).append("\r\n");
            }
            out.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] bytes() {
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            copy.writeBytes(out.toByteArray());
            copy.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            return copy.toByteArray();
        }
    }
}
