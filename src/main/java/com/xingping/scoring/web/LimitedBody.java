package com.xingping.scoring.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.springframework.util.unit.DataSize;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request body read no further than a limit: a declared length beyond it is refused before anything
 * is read, and a body sent without one is refused as soon as it passes the limit, so an oversized
 * document is never held (the reader streams what it reads).
 */
final class LimitedBody extends FilterInputStream {
    private final DataSize limit;
    private long read;

    private LimitedBody(InputStream in, DataSize limit) {
        super(in);
        this.limit = limit;
    }

    static InputStream of(HttpServletRequest request, DataSize limit) throws IOException {
        if (request.getContentLengthLong() > limit.toBytes()) {
            throw new DocumentTooLarge(limit);
        }
        return new LimitedBody(request.getInputStream(), limit);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        read += n;
        if (read > limit.toBytes()) {
            throw new DocumentTooLarge(limit);
        }
    }
}
