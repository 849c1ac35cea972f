package com.xingping.kernel;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list: its items, which page it is (from 1), the page size and how many there are in all. */
public record PageOf<T>(List<T> items, int page, int size, long total) {
    public PageOf {
        items = List.copyOf(items);
    }

    public static <T> PageOf<T> of(List<T> items, Paging paging, long total) {
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    /** The page of a list already in memory (say, a year scored once and cached): its slice and its size as the total. */
    public static <T> PageOf<T> slice(List<T> all, Paging paging) {
        int from = (int) Math.min(paging.offset(), all.size());
        return of(all.subList(from, Math.min(all.size(), from + paging.size())), paging, all.size());
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** The same page with its items turned into others (all at once, so a lookup can be done once per page). */
    public <R> PageOf<R> with(Function<List<T>, List<R>> convert) {
        return new PageOf<>(convert.apply(items), page, size, total);
    }
}
