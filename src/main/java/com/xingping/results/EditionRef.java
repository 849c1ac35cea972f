package com.xingping.results;

import com.xingping.kernel.NotFound;

/** An edition as a URL names it: {@code draft}, or a published version number (1, 2, …). */
record EditionRef(Integer version) {
    static final EditionRef DRAFT = new EditionRef(null);

    static EditionRef parse(String text) {
        if (Edition.DRAFT.equals(text)) {
            return DRAFT;
        }
        if (text == null || !text.matches("[1-9][0-9]{0,8}")) {
            throw new NotFound("结果版本 " + text);
        }
        return new EditionRef(Integer.valueOf(text));
    }

    boolean isDraft() {
        return version == null;
    }
}
