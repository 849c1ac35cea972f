package com.xingping.reporting;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;

import com.xingping.support.S3Server;

import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The evidence store contract on a real S3-compatible server (S3Mock), a new bucket for each test. */
class S3EvidenceStoreIT extends EvidenceStoreContract {
    private final S3Server server = S3Server.shared();
    private String bucket;

    @Override
    EvidenceStore newStore() {
        bucket = server.newBucket();
        return S3EvidenceStore.connect(new StorageSettings.S3(bucket, server.endpoint().toString(), S3Server.REGION, true,
                S3Server.ACCESS_KEY, S3Server.SECRET_KEY));
    }

    @AfterEach
    void close() {
        ((S3EvidenceStore) store).close();
    }

    @Override
    List<String> leftovers() {
        return Stream.of(S3EvidenceStore.INCOMING, S3EvidenceStore.OUTGOING)
                .flatMap(prefix -> server.client().listObjectsV2Paginator(list -> list.bucket(bucket).prefix(prefix)).contents().stream())
                .map(S3Object::key).toList();
    }

    @Override
    Optional<byte[]> inPlace(String storedName) {
        try {
            ResponseBytes<?> bytes = server.client().getObjectAsBytes(get -> get.bucket(bucket).key(storedName));
            return Optional.of(bytes.asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }
}
