package com.xingping.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Median time to render one page of a running server, signed in, body read whole (no gzip, so it
 * is the server's rendering that is timed). For a page of many links, such as the review queue of
 * every record.
 *
 * <pre>java -cp … com.xingping.bench.PageTime http://localhost:8080 shenhe Xingping-Demo1 '/review?state=ALL' [views]</pre>
 */
public final class PageTime {
    private PageTime() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String path = args[3];
        int views = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        HttpClient client = SignedIn.as(base, args[1], args[2]);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).build();
        int links = 0;
        long bytes = 0;
        for (int i = 0; i < 20; i++) {
            String body = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
            links = body.split("href=\"", -1).length - 1;
            bytes = body.length();
        }
        long[] nanos = new long[views];
        long ticks = ServerCpu.ticks();
        for (int i = 0; i < views; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            nanos[i] = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
        }
        ticks = ServerCpu.ticks() - ticks;
        System.out.println("GET " + path + " (" + bytes + " characters, " + links + " links), " + views
                + " views, median " + SignedIn.millis(SignedIn.median(nanos)) + ServerCpu.perCall(ticks, views));
    }
}
