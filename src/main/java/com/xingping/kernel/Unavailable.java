package com.xingping.kernel;

/**
 * Storage could not take a change (a full disk, a failed database), or the server is too busy to start
 * it ({@link Busy}): nothing was saved, and the caller is told so (HTTP 503) instead of being answered
 * as if it had been.
 */
public class Unavailable extends RuntimeException {
    public Unavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
