package com.xingping.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import com.xingping.kernel.ZipLimits;

/**
 * How much evidence may be kept ({@code xingping.evidence.*}): {@code max-record-size} all files of one
 * record together (50MB), {@code max-unit-year-size} all files of one unit in one year (2GB), and how far
 * an Office file may inflate ({@code zip.max-entries} 1000, {@code zip.max-inflated-size} 100MB,
 * {@code zip.max-ratio} 100). Each file's own limit and the count per record are {@link StorageSettings}'.
 */
@ConfigurationProperties("xingping.evidence")
record EvidenceLimits(@DefaultValue("50MB") DataSize maxRecordSize, @DefaultValue("2GB") DataSize maxUnitYearSize,
                      @DefaultValue Zip zip) {

    record Zip(@DefaultValue("1000") int maxEntries, @DefaultValue("100MB") DataSize maxInflatedSize,
               @DefaultValue("100") int maxRatio) {
    }

    ZipLimits zipLimits() {
        return new ZipLimits(zip.maxEntries(), zip.maxInflatedSize().toBytes(), zip.maxRatio());
    }
}
