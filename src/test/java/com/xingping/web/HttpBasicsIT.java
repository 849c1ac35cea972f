package com.xingping.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a browser gets over the wire: pages and JSON gzip-compressed, the layout's CSS and JS under
 * versioned URLs kept for a year, the pages themselves never kept by a shared cache.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpBasicsIT {
    private static final Pattern ASSET = Pattern.compile("<(?:link rel=\"stylesheet\" href|script defer src|script src)=\"([^\"]+)\"");
    private static final Pattern VERSIONED = Pattern.compile("/webjars/[\\w.-]+/\\d[\\w.-]*/.+|/(css|js)/[\\w.-]+-[0-9a-f]{32}\\.(css|js)");
    private static final String ONE_YEAR = "max-age=31536000, public";

    @LocalServerPort
    int port;
    HttpClient browser;

    @BeforeEach
    void signIn() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = get("/login", false).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        HttpResponse<byte[]> signedIn = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=Committee-Pass-2026&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void aPageIsGzippedForABrowserThatAcceptsItAndPlainForOneThatDoesNot() {
        Page gzipped = get("/units", true);
        Page plain = get("/units", false);

        assertThat(gzipped.response().headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(plain.response().headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.body()).isEqualTo(withoutCsrf(plain.body(), gzipped.body()));
        assertThat(gzipped.response().body().length).isLessThan(plain.response().body().length / 2);
        assertThat(gzipped.body()).contains("<h1", "单位");
    }

    @Test
    void jsonIsGzippedToo() {
        Page apiDocs = get("/v3/api-docs", true);

        assertThat(apiDocs.response().headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(apiDocs.response().headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(apiDocs.body()).contains("\"openapi\"");
    }

    @Test
    void pagesErrorsAndTheApiCarryAContentSecurityPolicyThatAllowsNoInlineScript() {
        for (String path : List.of("/units", "/login", "/no-such-page", "/api/v1/units")) {
            HttpResponse<byte[]> response = get(path, false).response();
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self';", "object-src 'none'", "frame-ancestors 'none'")
                            .doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline"));
            assertThat(response.headers().firstValue("Permissions-Policy")).as(path).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
        }
    }

    @Test
    void theLayoutLinksOnlyVersionedStylesAndScriptsAndLeavesOtherLinksAlone() {
        String page = get("/units", true).body();

        List<String> assets = assets(page);
        assertThat(assets).hasSize(5).allSatisfy(url -> assertThat(url).matches(VERSIONED));
        assertThat(assets).anySatisfy(url -> assertThat(url).startsWith("/webjars/bootstrap/5.3.8/"))
                .anySatisfy(url -> assertThat(url).matches("/css/xingping-[0-9a-f]{32}\\.css"));
        assertThat(page).contains("href=\"/units/new\"", "href=\"/years\"");
    }

    @Test
    void aVersionedStaticFileIsKeptForAYearAndItsPlainNameIsRevalidated() {
        for (String url : assets(get("/units", true).body())) {
            Page versioned = get(url, true);
            assertThat(versioned.response().statusCode()).as(url).isEqualTo(200);
            assertThat(versioned.response().headers().allValues("Cache-Control")).as(url).containsExactly(ONE_YEAR);
            if (versioned.body().getBytes(StandardCharsets.UTF_8).length >= 2048) {
                assertThat(versioned.response().headers().firstValue("Content-Encoding")).as(url).hasValue("gzip");
            }

            String plainName = url.replaceFirst("-[0-9a-f]{32}\\.", ".").replaceFirst("/webjars/([\\w.-]+)/\\d[\\w.-]*/", "/webjars/$1/");
            Page plain = get(plainName, true);
            assertThat(plain.response().statusCode()).as(plainName).isEqualTo(200);
            assertThat(plain.response().headers().allValues("Cache-Control")).as(plainName).containsExactly("no-cache");
            assertThat(plain.body()).isEqualTo(versioned.body());
        }
    }

    @Test
    void aStaleVersionIsNotFoundRatherThanServedWithTheNewContent() {
        HttpResponse<byte[]> stale = get("/css/xingping-0123456789abcdef0123456789abcdef.css", true).response();

        assertThat(stale.statusCode()).isEqualTo(404);
        assertThat(stale.headers().allValues("Cache-Control")).noneSatisfy(value -> assertThat(value).contains("public"));
    }

    @Test
    void pagesAreNeverStoredByABrowserOrASharedCache() {
        HttpResponse<byte[]> page = get("/units", true).response();

        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(value ->
                assertThat(value).contains("no-store").doesNotContain("public"));
    }

    @Test
    void theTabIconIsServedToAnyoneUnderBothNames() throws Exception {
        HttpResponse<byte[]> ico = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(java.util.Arrays.copyOf(ico.body(), 4)).containsExactly(0, 0, 1, 0);

        assertThat(get("/login", true).body()).contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\">");
        Page svg = get("/favicon.svg", true);
        assertThat(svg.response().statusCode()).isEqualTo(200);
        assertThat(svg.body()).startsWith("<svg");
    }

    private static List<String> assets(String page) {
        return ASSET.matcher(page).results().map(m -> m.group(1)).toList();
    }

    /** Each render of a page carries its own CSRF token: compare the rest. */
    private static String withoutCsrf(String page, String other) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(other);
        Matcher mine = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        return token.find() && mine.find() ? page.replace(mine.group(1), token.group(1)) : page;
    }

    record Page(HttpResponse<byte[]> response, String body) {
    }

    private Page get(String path, boolean acceptGzip) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (acceptGzip) {
            request.header("Accept-Encoding", "gzip");
        }
        HttpResponse<byte[]> response = send(request);
        return new Page(response, decode(response));
    }

    private static String decode(HttpResponse<byte[]> response) {
        if (!"gzip".equals(response.headers().firstValue("Content-Encoding").orElse(null))) {
            return new String(response.body(), StandardCharsets.UTF_8);
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return browser.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
