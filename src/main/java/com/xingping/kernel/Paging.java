package com.xingping.kernel;

/**
 * Which page of a list a request asks for: pages count from 1; the size is 1 to {@value #MAX_SIZE},
 * {@value #DEFAULT_SIZE} when not given. Anything else is refused naming the parameter.
 */
public record Paging(int page, int size) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public Paging {
        if (page < 1) {
            throw new Refusal("page", "页码须为从 1 开始的整数，不是 " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new Refusal("size", "每页条数须在 1 到 " + MAX_SIZE + " 之间，不是 " + size);
        }
    }

    public static Paging of(Integer page, Integer size) {
        return new Paging(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    public static Paging first() {
        return new Paging(1, DEFAULT_SIZE);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
