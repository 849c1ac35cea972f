package com.xingping.reporting;

import java.io.IOException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableConfigurationProperties({StorageSettings.class, EvidenceLimits.class})
@EnableScheduling
class ReportingConfig {

    /** The store {@code xingping.storage.type} names; an S3 store is closed (its client) with the context. */
    @Bean
    EvidenceStore evidenceStore(StorageSettings settings) throws IOException {
        return switch (settings.type()) {
            case FILESYSTEM -> new FileEvidenceStore(settings.evidenceDir());
            case S3 -> S3EvidenceStore.connect(settings.s3());
        };
    }
}
