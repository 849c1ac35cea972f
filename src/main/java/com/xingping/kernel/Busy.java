package com.xingping.kernel;

import java.time.Duration;

/**
 * The server is already doing as much of this kind of work as it takes at once: this request was not
 * started, nothing was saved, and the caller may retry after {@link #retryAfter()} (HTTP 503 with
 * Retry-After).
 */
public class Busy extends Unavailable {
    private final transient Duration retryAfter;

    public Busy(String message, Duration retryAfter) {
        super(message, null);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
