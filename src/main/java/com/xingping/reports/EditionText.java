package com.xingping.reports;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.xingping.results.EditionHead;

/** How a report names the edition it was made from and the rubric behind it. */
final class EditionText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private EditionText() {
    }

    static String name(EditionHead head) {
        return head.draft() ? "草稿" : "第 " + head.version() + " 版";
    }

    /** The sentence opening each report: the rubric it was scored by and where its numbers come from. */
    static String basis(EditionHead head, ZoneId zone) {
        String rubric = "依据《" + head.rubricTitle() + "》" + (head.document() == null || head.document().isBlank()
                ? "" : "（" + head.document() + "）");
        if (head.draft()) {
            return rubric + "，本报告据结果草稿生成，数字随记录审核和工委录入变动，以发布的版本为准。";
        }
        return rubric + "，本报告据第 " + head.version() + " 版结果生成（" + head.publishedBy() + " 于 "
                + WHEN.withZone(zone).format(head.publishedAt()) + " 发布），数字为发布时冻结的内容。";
    }
}
