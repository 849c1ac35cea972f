package com.xingping.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind nginx ({@code server.forward-headers-strategy=native}, the proxy on 127.0.0.1): a request that
 * came over TLS gets a {@code Secure} session cookie and HSTS, a plain one neither; a forged {@code Host}
 * or {@code X-Forwarded-Host} never reaches a {@code Location}. Raw HTTP, since clients refuse to forge Host.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
class ProxyHeadersIT {
    @LocalServerPort
    int port;

    @Test
    void overTlsTheCookieIsSecureAndHstsIsSent() throws IOException {
        String tls = request("GET /login HTTP/1.1\r\nHost: xingping.example.cn\r\nX-Forwarded-Proto: https\r\n"
                + "X-Forwarded-For: 198.51.100.7\r\nConnection: close\r\n\r\n");
        assertThat(header(tls, "Set-Cookie")).contains("SESSION=").containsIgnoringCase("Secure");
        assertThat(header(tls, "Strict-Transport-Security")).contains("max-age=");

        String plain = request("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(header(plain, "Set-Cookie")).contains("SESSION=").doesNotContainIgnoringCase("Secure");
        assertThat(header(plain, "Strict-Transport-Security")).isNull();
    }

    @Test
    void aForgedHostNeverReachesARedirect() throws IOException {
        String forged = request("GET /units HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Host: evil.example\r\n"
                + "X-Forwarded-Proto: https\r\nConnection: close\r\n\r\n");
        assertThat(forged).startsWith("HTTP/1.1 302");
        assertThat(header(forged, "Location")).isNotNull().doesNotContain("evil.example").endsWith("/login");

        String home = request("GET / HTTP/1.1\r\nHost: evil.example:8443\r\nConnection: close\r\n\r\n");
        assertThat(home).startsWith("HTTP/1.1 302");
        assertThat(header(home, "Location")).isEqualTo("/login");
    }

    private String request(String raw) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(raw.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            String text = response.toString(StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? text : text.substring(0, end);
        }
    }

    private static String header(String head, String name) {
        return head.lines().filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(line -> line.substring(name.length() + 1).strip()).reduce((a, b) -> a + "\n" + b).orElse(null);
    }
}
