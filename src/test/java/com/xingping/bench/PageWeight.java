package com.xingping.bench;

import com.microsoft.playwright.Page;
import com.xingping.support.Browser;
import com.xingping.support.Transfers;

/**
 * Bytes a signed-in page view moves over the network in Chromium, with an empty cache (first visit)
 * and again (second visit), as the DevTools protocol counts them (headers and compressed bodies).
 *
 * <pre>java -cp … com.xingping.bench.PageWeight http://localhost:8080 shenhe Xingping-Demo1 / /review /dashboard</pre>
 */
public final class PageWeight {
    private PageWeight() {
    }

    public static void main(String[] args) {
        try (Browser browser = new Browser(args[0])) {
            Page page = browser.signIn(args[1], args[2]);
            Transfers transfers = Transfers.watch(page);
            System.out.println("page | first visit | second visit");
            for (int i = 3; i < args.length; i++) {
                transfers.clearCache();
                Transfers.View first = transfers.visit(page, args[i]);
                Transfers.View second = transfers.visit(page, args[i]);
                System.out.println(args[i] + " | " + kib(first) + " | " + kib(second));
            }
        }
    }

    private static String kib(Transfers.View view) {
        return String.format("%,.1f KiB in %d requests (%d from the cache)", view.bytes() / 1024.0, view.fetched().size(),
                view.fromCache().size());
    }
}
