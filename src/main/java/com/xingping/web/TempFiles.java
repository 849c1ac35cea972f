package com.xingping.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jakarta.servlet.MultipartConfigElement;

/**
 * One temp directory, {@code <data-dir>/tmp}, emptied at every start: uploads being received and
 * Tomcat's own files go there, instead of a new {@code /tmp/tomcat.*} directory per start that
 * nothing ever removed.
 */
@Configuration(proxyBeanMethods = false)
class TempFiles {

    record TempDirectory(Path uploads, Path tomcat) {
    }

    @Bean
    TempDirectory tempDirectory(@Value("${xingping.data-dir}") Path dataDir) {
        Path root = dataDir.toAbsolutePath().normalize().resolve("tmp");
        empty(root);
        try {
            return new TempDirectory(Files.createDirectories(root.resolve("uploads")),
                    Files.createDirectories(root.resolve("tomcat")));
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + root, e);
        }
    }

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties properties, TempDirectory temp) {
        properties.setLocation(temp.uploads().toString());
        return properties.createMultipartConfig();
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatBaseDirectory(TempDirectory temp) {
        return factory -> factory.setBaseDirectory(temp.tomcat().toFile());
    }

    private static void empty(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(root)) {
                    Files.deleteIfExists(path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not empty " + root, e);
        }
    }
}
