package com.xingping.support;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/**
 * What a page view moved over the network, as Chromium's DevTools protocol reports it: the bytes
 * received (headers and compressed bodies) and which URLs came from the network rather than the
 * browser's cache.
 */
public final class Transfers {
    private final CDPSession devtools;
    private final Map<String, String> urls = new ConcurrentHashMap<>();
    private final Set<String> cached = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> received = new ConcurrentHashMap<>();

    private Transfers(CDPSession devtools) {
        this.devtools = devtools;
    }

    /** One page view: bytes received and, by URL path, what was fetched and what the cache gave. */
    public record View(long bytes, List<String> fetched, List<String> fromCache) {
    }

    public static Transfers watch(Page page) {
        Transfers transfers = new Transfers(page.context().newCDPSession(page));
        transfers.devtools.on("Network.requestWillBeSent", e -> {
            String url = e.getAsJsonObject("request").get("url").getAsString();
            if (url.startsWith("http")) {
                transfers.urls.put(id(e), url);
            }
        });
        transfers.devtools.on("Network.requestServedFromCache", e -> transfers.cached.add(id(e)));
        transfers.devtools.on("Network.responseReceived", e -> {
            if (e.getAsJsonObject("response").get("fromDiskCache").getAsBoolean()) {
                transfers.cached.add(id(e));
            }
        });
        transfers.devtools.on("Network.loadingFinished", e -> transfers.received.put(id(e), e.get("encodedDataLength").getAsLong()));
        transfers.devtools.send("Network.enable");
        return transfers;
    }

    /** Empties the browser's HTTP cache, as for someone who has never been here. */
    public void clearCache() {
        devtools.send("Network.clearBrowserCache");
    }

    /** Opens the path in the page and waits until the network has been quiet for a moment. */
    public View visit(Page page, String path) {
        urls.clear();
        cached.clear();
        received.clear();
        page.navigate(path);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        long bytes = received.entrySet().stream().filter(e -> urls.containsKey(e.getKey()) && !cached.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        List<String> fetched = urls.entrySet().stream().filter(e -> !cached.contains(e.getKey())).map(e -> path(e.getValue())).sorted().toList();
        List<String> fromCache = urls.entrySet().stream().filter(e -> cached.contains(e.getKey())).map(e -> path(e.getValue())).sorted().toList();
        return new View(bytes, fetched, fromCache);
    }

    private static String id(JsonObject event) {
        return event.get("requestId").getAsString();
    }

    private static String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }
}
