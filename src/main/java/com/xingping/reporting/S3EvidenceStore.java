package com.xingping.reporting;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.xingping.kernel.NotFound;
import com.xingping.kernel.Unavailable;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Evidence files as objects of an S3-compatible bucket, shared by every instance. A new file is put
 * under {@code .incoming/} before the transaction commits (the PUT answers only once the object is
 * stored) and copied to its own key after the commit; a file being removed is parked under
 * {@code .outgoing/}. S3 has no rename, so a move is a copy and a delete: a crash between the two
 * leaves the staged copy, which the sweep settles like any other.
 */
final class S3EvidenceStore implements EvidenceStore, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(S3EvidenceStore.class);
    static final String INCOMING = ".incoming/";
    static final String OUTGOING = ".outgoing/";

    private final S3Client s3;
    private final String bucket;

    S3EvidenceStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (SdkException e) {
            s3.close();
            throw new IllegalStateException("xingping.storage.s3.bucket " + bucket + " cannot be reached: " + e.getMessage(), e);
        }
    }

    static S3EvidenceStore connect(StorageSettings.S3 settings) {
        if (isBlank(settings.bucket())) {
            throw new IllegalStateException("xingping.storage.type is s3, but xingping.storage.s3.bucket is not set");
        }
        AwsCredentialsProvider credentials = isBlank(settings.accessKey())
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
        var builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(settings.pathStyle())
                // checksums only where S3 requires them: many S3-compatible servers refuse the SDK's newer trailing ones
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (!isBlank(settings.endpoint())) {
            builder.endpointOverride(URI.create(settings.endpoint().strip()));
        }
        return new S3EvidenceStore(builder.build(), settings.bucket());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String write(EvidenceChecks.Checked file) {
        FileEvidenceStore.requireTransaction();
        String storedName = EvidenceStore.newName(file.type());
        String staged = INCOMING + storedName;
        try {
            s3.putObject(put -> put.bucket(bucket).key(staged).contentType(file.type().contentType()), RequestBody.fromBytes(file.bytes()));
        } catch (SdkException e) {
            deleteQuietly(staged);
            throw new Unavailable("证明材料 " + file.originalName() + " 未能保存到对象存储（" + e.getMessage()
                    + "），本次提交未保存，请稍后重试或联系管理员", e);
        }
        EvidenceStore.afterOutcome(() -> moveQuietly(staged, storedName), () -> deleteQuietly(staged));
        return storedName;
    }

    @Override
    public void removeOnCommit(String storedName) {
        FileEvidenceStore.requireTransaction();
        String key = key(storedName);
        String parked = OUTGOING + storedName;
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                try {
                    if (head(key).isPresent()) {
                        move(key, parked);
                    }
                } catch (SdkException e) {
                    throw new Unavailable("证明材料文件 " + storedName + " 未能移除，本次删除未保存", e);
                }
            }

            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    deleteQuietly(parked);
                } else if (headQuietly(parked)) {
                    moveQuietly(parked, key);
                }
            }
        });
    }

    @Override
    public Sweep sweep(Predicate<String> rowExists, Instant stagedBefore) {
        int restored = 0;
        int removed = 0;
        for (String prefix : List.of(INCOMING, OUTGOING)) {
            for (S3Object leftover : s3.listObjectsV2Paginator(list -> list.bucket(bucket).prefix(prefix)).contents()) {
                if (!leftover.lastModified().isBefore(stagedBefore)) {
                    continue;
                }
                String name = leftover.key().substring(prefix.length());
                if (rowExists.test(name)) {
                    moveQuietly(leftover.key(), name);
                    restored++;
                } else {
                    deleteQuietly(leftover.key());
                    removed++;
                }
            }
        }
        return new Sweep(restored, removed);
    }

    @Override
    public Resource open(String storedName) {
        String key = key(storedName);
        for (String candidate : readable(key)) {
            Optional<HeadObjectResponse> head = head(candidate);
            if (head.isPresent()) {
                return new Stored(key, head.get().contentLength());
            }
        }
        throw new NotFound("证明材料文件 " + storedName);
    }

    @Override
    public java.util.Set<String> names() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (S3Object object : s3.listObjectsV2Paginator(list -> list.bucket(bucket)).contents()) {
            if (!object.key().startsWith(INCOMING) && !object.key().startsWith(OUTGOING)) {
                names.add(object.key());
            }
        }
        return names;
    }

    @Override
    public void restore(String storedName, java.io.InputStream bytes) throws java.io.IOException {
        byte[] content = bytes.readAllBytes();
        s3.putObject(put -> put.bucket(bucket).key(key(storedName)), RequestBody.fromBytes(content));
    }

    @Override
    public boolean exists(String storedName) {
        return readable(key(storedName)).stream().anyMatch(candidate -> head(candidate).isPresent());
    }

    @Override
    public void close() {
        s3.close();
    }

    /** Its own key, or a staged one while its row is visible: just committed and not yet copied, or parked by a removal not yet committed. */
    private static List<String> readable(String key) {
        return List.of(key, INCOMING + key, OUTGOING + key);
    }

    private static String key(String storedName) {
        if (storedName.isEmpty() || storedName.contains("/") || storedName.startsWith(".")) {
            throw new NotFound("证明材料文件 " + storedName);
        }
        return storedName;
    }

    private Optional<HeadObjectResponse> head(String key) {
        try {
            return Optional.of(s3.headObject(head -> head.bucket(bucket).key(key)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private boolean headQuietly(String key) {
        try {
            return head(key).isPresent();
        } catch (SdkException e) {
            log.warn("Could not look up evidence object {}; the sweep settles it", key, e);
            return false;
        }
    }

    private void move(String from, String to) {
        s3.copyObject(copy -> copy.sourceBucket(bucket).sourceKey(from).destinationBucket(bucket).destinationKey(to));
        s3.deleteObject(delete -> delete.bucket(bucket).key(from));
    }

    private void moveQuietly(String from, String to) {
        try {
            move(from, to);
        } catch (SdkException e) {
            log.warn("Could not move evidence object {} to {}; the sweep settles it", from, to, e);
        }
    }

    private void deleteQuietly(String key) {
        try {
            s3.deleteObject(delete -> delete.bucket(bucket).key(key));
        } catch (SdkException e) {
            log.warn("Could not remove evidence object {}", key, e);
        }
    }

    /** An object's bytes, fetched only when the download is written, from wherever the object is by then. */
    private final class Stored extends AbstractResource {
        private final String key;
        private final long size;

        Stored(String key, long size) {
            this.key = key;
            this.size = size;
        }

        @Override
        public InputStream getInputStream() throws FileNotFoundException {
            for (String candidate : readable(key)) {
                try {
                    return s3.getObject(get -> get.bucket(bucket).key(candidate));
                } catch (NoSuchKeyException e) {
                    // moved on between the look-up and now: try where it went
                }
            }
            throw new FileNotFoundException("evidence object " + key + " in bucket " + bucket);
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public long contentLength() {
            return size;
        }

        @Override
        public String getDescription() {
            return "evidence object " + key + " in bucket " + bucket;
        }
    }
}
