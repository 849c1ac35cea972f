package com.xingping.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for the tests: Adobe's S3Mock, run from the jar Maven copies to
 * {@code target/s3mock} ({@code xingping.s3mock.jar}) as a process of its own, started on first use
 * and stopped when the JVM exits. Each caller takes a bucket of its own.
 */
public final class S3Server {
    public static final String ACCESS_KEY = "test-access";
    public static final String SECRET_KEY = "test-secret";
    public static final String REGION = "us-east-1";
    private static S3Server shared;
    private final Process process;
    private final URI endpoint;
    private final S3Client client;

    private S3Server(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
        this.client = S3Client.builder().endpointOverride(endpoint).region(Region.of(REGION)).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    public static synchronized S3Server shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared.process::destroy));
        }
        return shared;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** A client of the server, to look at what a store left there. */
    public S3Client client() {
        return client;
    }

    /** A new empty bucket. */
    public String newBucket() {
        String bucket = "evidence-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        client.createBucket(create -> create.bucket(bucket));
        return bucket;
    }

    /** The settings that point the platform at the given bucket of this server. */
    public String[] properties(String bucket) {
        return new String[] {"xingping.storage.type=s3", "xingping.storage.s3.bucket=" + bucket,
                "xingping.storage.s3.endpoint=" + endpoint, "xingping.storage.s3.path-style=true",
                "xingping.storage.s3.region=" + REGION, "xingping.storage.s3.access-key=" + ACCESS_KEY,
                "xingping.storage.s3.secret-key=" + SECRET_KEY};
    }

    private static S3Server start() {
        Path jar = Path.of(System.getProperty("xingping.s3mock.jar", "target/s3mock/s3mock.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no S3Mock jar at " + jar + ": run the tests through Maven (mvn verify), which copies it there");
        }
        try {
            Path root = Files.createTempDirectory("s3mock");
            Path log = root.resolveSibling(root.getFileName() + ".log");
            int http = freePort();
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-Xmx256m", "-jar", jar.toString(),
                    "--server.port=" + freePort(), "--com.adobe.testing.s3mock.httpPort=" + http,
                    "--com.adobe.testing.s3mock.store.root=" + root, "--spring.main.banner-mode=off")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            URI endpoint = URI.create("http://127.0.0.1:" + http);
            awaitUp(process, endpoint, log);
            return new S3Server(process, endpoint);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start S3Mock", e);
        }
    }

    private static void awaitUp(Process process, URI endpoint, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Mock exited with " + process.exitValue() + "; its output is in " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(endpoint).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroy();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroy();
                throw new IllegalStateException(e);
            }
        }
        process.destroy();
        throw new IllegalStateException("S3Mock did not answer at " + endpoint + " within 3 minutes; its output is in " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
