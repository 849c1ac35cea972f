package com.xingping.scoring.web;

import org.springframework.util.unit.DataSize;

/** A scoring document longer than {@code xingping.scoring.max-document-size}: refused (413) before it is all read. */
class DocumentTooLarge extends RuntimeException {
    private final transient DataSize limit;

    DocumentTooLarge(DataSize limit) {
        super("评分数据过大：不能超过 " + text(limit) + "（设置 xingping.scoring.max-document-size）/ the scoring document is larger than "
                + text(limit));
        this.limit = limit;
    }

    DataSize limit() {
        return limit;
    }

    /** 20971520 bytes → "20 MB", 524288 → "512 KB". */
    static String text(DataSize size) {
        long bytes = size.toBytes();
        return bytes % (1024 * 1024) == 0 ? size.toMegabytes() + " MB"
                : bytes % 1024 == 0 ? size.toKilobytes() + " KB" : bytes + " bytes";
    }
}
