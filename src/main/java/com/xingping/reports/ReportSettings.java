package com.xingping.reports;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reports' heading and font (docs/results.md#reports).
 *
 * @param committee      the 机关工委's name printed as the heading; blank: the rubric's issuer
 * @param documentNumber the 文号, {@code {year}} replaced by the assessment year; blank: none printed
 * @param font           a TrueType font (.ttf or .ttc, TrueType outlines) with Chinese glyphs, embedded in each PDF
 */
@ConfigurationProperties("xingping.reports")
record ReportSettings(String committee, String documentNumber, String font) {

    String committee(String issuer) {
        return committee == null || committee.isBlank() ? issuer : committee.strip();
    }

    String documentNumber(int year) {
        return documentNumber == null || documentNumber.isBlank() ? ""
                : documentNumber.strip().replace("{year}", String.valueOf(year));
    }
}
