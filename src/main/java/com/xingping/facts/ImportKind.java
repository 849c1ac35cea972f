package com.xingping.facts;

import java.util.Arrays;

import com.xingping.kernel.NotFound;

/** The spreadsheets the committee imports, with the word the API and pages use and the template's file name. */
public enum ImportKind {
    UNITS("units", "单位导入模板.xlsx"),
    ROSTERS("rosters", "各单位党员名册模板.xlsx"),
    CONDUCT("conduct", "行风评议成绩模板.xlsx"),
    TARGET("target", "目标责任制考核结果模板.xlsx"),
    OFFICIAL("conduct-official", "官方行风评议末三位模板.xlsx");

    private final String slug;
    private final String templateName;

    ImportKind(String slug, String templateName) {
        this.slug = slug;
        this.templateName = templateName;
    }

    public String slug() {
        return slug;
    }

    public String templateName() {
        return templateName;
    }

    /** Whether the import needs the date and document reference of the results it brings. */
    public boolean needsSource() {
        return this != UNITS && this != ROSTERS;
    }

    public static ImportKind bySlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst()
                .orElseThrow(() -> new NotFound("导入 " + slug));
    }
}
