package com.xingping.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes the data directory (embedded database, temp uploads, logs) and the evidence directory
 * readable by the service account only (rwx------), before any bean opens a file in them, and takes
 * group and other access from the files already at the top of the data directory. New files inside
 * are out of everyone else's reach through their directory, whatever the process's umask.
 */
@Component
class PrivateFiles implements BeanFactoryPostProcessor, EnvironmentAware {
    private static final Logger LOG = LoggerFactory.getLogger(PrivateFiles.class);
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        Path data = Path.of(environment.getRequiredProperty("xingping.data-dir"));
        restrict(data);
        if (!"s3".equals(environment.getProperty("xingping.storage.type"))) {
            String evidence = environment.getProperty("xingping.storage.evidence-dir");
            if (evidence != null) {
                restrict(Path.of(evidence));
            }
        }
    }

    static void restrict(Path directory) {
        try {
            Files.createDirectories(directory);
            if (!Files.getFileStore(directory).supportsFileAttributeView("posix")) {
                LOG.warn("{}: no POSIX permissions on this file system; restrict it by the operating system", directory);
                return;
            }
            Files.setPosixFilePermissions(directory, OWNER_DIRECTORY);
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.setPosixFilePermissions(file, OWNER_FILE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not make " + directory + " private to the service account", e);
        }
    }
}
