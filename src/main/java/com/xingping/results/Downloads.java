package com.xingping.results;

/** The exports' file names, in Chinese for the committee member who files them. */
final class Downloads {
    private Downloads() {
    }

    static String resultsName(EditionHead head) {
        return head.year() + "年度考评结果-" + edition(head) + ".xlsx";
    }

    static String scorecardName(UnitSheet unit) {
        return unit.unitName() + "-" + unit.head().year() + "年度得分明细-" + edition(unit.head()) + ".xlsx";
    }

    private static String edition(EditionHead head) {
        return head.draft() ? "草稿" : "第" + head.version() + "版";
    }
}
