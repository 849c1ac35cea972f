package com.xingping.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Median wall time of {@code GET /api/v1/me} against a running server, signed in with HTTP Basic and
 * with a personal access token, in alternating blocks so both see the same machine load, and (given
 * the server's pid) the server's CPU time per call, which a loaded machine distorts much less. One
 * kept-alive connection, calls one after another. A server without tokens (before they existed) is
 * timed with Basic only.
 *
 * <pre>java -Dserver.pid=PID -cp … com.xingping.bench.ApiAuthLatency http://localhost:8080 shenhe Xingping-Demo1 [calls]</pre>
 */
public final class ApiAuthLatency {
    private static final int BLOCK = 50;
    private static final int WARM_UP = 1000;
    private ApiAuthLatency() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String basic = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        int calls = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me/tokens"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"benchmark\", \"expiresInDays\": 1}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"token\":\"(xp_[^\"]+)\"").matcher(created.body());
        String bearer = created.statusCode() == 201 && token.find() ? "Bearer " + token.group(1) : null;
        if (bearer == null) {
            System.out.println("no personal access tokens on this server (POST /api/v1/me/tokens: " + created.statusCode()
                    + "): timing HTTP Basic only");
        }
        // warm up: a token call is so short that the JIT compiling the request path would dominate the first thousand
        for (int i = 0; i < WARM_UP; i++) {
            if (i % 30 == 0) {
                call(client, base, basic);
            }
            if (bearer != null) {
                call(client, base, bearer);
            }
        }
        long[] basicNanos = new long[calls];
        long[] bearerNanos = new long[calls];
        long basicTicks = 0;
        long bearerTicks = 0;
        for (int block = 0; block < calls; block += BLOCK) {
            long before = ServerCpu.ticks();
            for (int i = block; i < Math.min(calls, block + BLOCK); i++) {
                basicNanos[i] = call(client, base, basic);
            }
            long between = ServerCpu.ticks();
            if (bearer != null) {
                for (int i = block; i < Math.min(calls, block + BLOCK); i++) {
                    bearerNanos[i] = call(client, base, bearer);
                }
            }
            basicTicks += between - before;
            bearerTicks += ServerCpu.ticks() - between;
        }
        System.out.println("GET /api/v1/me, " + calls + " calls each (blocks of " + BLOCK + " in turn): median wall time"
                + (ServerCpu.KNOWN ? ", server CPU per call" : ""));
        System.out.println("  HTTP Basic (bcrypt every call): " + SignedIn.millis(SignedIn.median(basicNanos)) + ServerCpu.perCall(basicTicks, calls));
        if (bearer != null) {
            System.out.println("  Bearer token (SHA-256 look-up): " + SignedIn.millis(SignedIn.median(bearerNanos)) + ServerCpu.perCall(bearerTicks, calls));
            String id = created.body().replaceFirst(".*\"id\":(\\d+).*", "$1");
            client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me/tokens/" + id)).header("Authorization", basic)
                    .DELETE().build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    private static long call(HttpClient client, String base, String authorization) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /api/v1/me answered " + response.statusCode() + ": " + response.body());
        }
        return took;
    }
}
