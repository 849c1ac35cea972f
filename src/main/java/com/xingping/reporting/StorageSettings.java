package com.xingping.reporting;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where evidence files live (outside the web root) and how large they may be:
 * {@code xingping.storage.evidence-dir}, {@code max-file-size} (10MB), {@code max-files-per-record} (20).
 */
@ConfigurationProperties("xingping.storage")
record StorageSettings(Path evidenceDir, @DefaultValue("10MB") DataSize maxFileSize,
                       @DefaultValue("20") int maxFilesPerRecord) {
}
