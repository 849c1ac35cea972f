package com.xingping.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.springframework.stereotype.Component;

import com.xingping.kernel.TooLarge;

/** Whether checked files still fit in their record's and their unit's year's share of the store ({@link EvidenceLimits}). */
@Component
class EvidenceRoom {
    private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024 * 1024);
    private final Evidences evidences;
    private final EvidenceLimits limits;

    EvidenceRoom(Evidences evidences, EvidenceLimits limits) {
        this.evidences = evidences;
        this.limits = limits;
    }

    /** Refuses (413) files that would take the record ({@code recordId} null for a new one) or the unit's year past its limit. */
    void require(Long unitId, Long yearId, Long recordId, List<EvidenceChecks.Checked> files) {
        long adding = files.stream().mapToLong(file -> file.bytes().length).sum();
        long record = recordId == null ? 0 : evidences.bytesOfRecord(recordId);
        long recordLimit = limits.maxRecordSize().toBytes();
        if (record + adding > recordLimit) {
            throw new TooLarge("files", "每条记录的证明材料合计不能超过 " + megabytes(recordLimit) + " MB（已有 " + megabytes(record)
                    + " MB，本次 " + megabytes(adding) + " MB），未保存任何内容；请压缩照片或删去不必要的文件");
        }
        long unitYear = evidences.bytesOfUnitYear(unitId, yearId);
        long unitYearLimit = limits.maxUnitYearSize().toBytes();
        if (unitYear + adding > unitYearLimit) {
            throw new TooLarge("files", "本单位本年度的证明材料合计不能超过 " + megabytes(unitYearLimit) + " MB（已有 "
                    + megabytes(unitYear) + " MB，本次 " + megabytes(adding) + " MB），未保存任何内容；请联系考评办");
        }
    }

    static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(MEGABYTE, 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
