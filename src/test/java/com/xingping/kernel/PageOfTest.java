package com.xingping.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A page cut from a list in memory: the rows of that page, the whole list's size as the total. */
class PageOfTest {
    private static final List<String> FIVE = List.of("a", "b", "c", "d", "e");

    @Test
    void aMiddleAndALastPage() {
        assertThat(PageOf.slice(FIVE, new Paging(2, 2))).isEqualTo(new PageOf<>(List.of("c", "d"), 2, 2, 5));
        assertThat(PageOf.slice(FIVE, new Paging(3, 2))).isEqualTo(new PageOf<>(List.of("e"), 3, 2, 5));
    }

    @Test
    void aPageBeyondTheEndIsEmptyButKeepsTheTotal() {
        PageOf<String> beyond = PageOf.slice(FIVE, new Paging(4, 2));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
        assertThat(beyond.pages()).isEqualTo(3);
    }
}
