package com.xingping.kernel;

/** The thing asked for does not exist, or is not visible to the one asking (answered 404 either way). */
public class NotFound extends RuntimeException {
    public NotFound(String what) {
        super(what);
    }
}
