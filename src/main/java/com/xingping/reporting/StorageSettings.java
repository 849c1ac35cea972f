package com.xingping.reporting;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where evidence files live and how large they may be: {@code xingping.storage.type} ({@code filesystem},
 * the default, or {@code s3}), {@code evidence-dir} (filesystem, outside the web root), {@code s3.*} (an
 * S3-compatible bucket), {@code max-file-size} (10MB), {@code max-files-per-record} (20).
 */
@ConfigurationProperties("xingping.storage")
record StorageSettings(@DefaultValue("filesystem") Type type, Path evidenceDir, @DefaultValue S3 s3,
                       @DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("20") int maxFilesPerRecord) {

    enum Type { FILESYSTEM, S3 }

    /**
     * The bucket, and where to reach it: {@code endpoint} for a server other than AWS (MinIO, Ceph, a
     * cloud's object storage), {@code path-style} if it wants {@code host/bucket/key} addresses. Without
     * {@code access-key} the SDK's default credentials are used (environment, profile, instance role).
     * Empty values count as not set, so the environment variables of application.yaml may stay empty.
     */
    record S3(String bucket, String endpoint, @DefaultValue("us-east-1") String region, @DefaultValue("false") boolean pathStyle,
              String accessKey, String secretKey) {
    }
}
