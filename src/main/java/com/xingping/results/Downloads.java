package com.xingping.results;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The exports as downloads, named in Chinese for the committee member who files them. */
final class Downloads {
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    static ResponseEntity<byte[]> xlsx(String filename, byte[] content) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(content);
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
