package com.xingping.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;

/** Uploads in flight and Tomcat's files live in one directory under the data directory, emptied at start. */
class TempFilesTest {
    @TempDir
    Path dataDir;

    @Test
    void aStartEmptiesWhatThePreviousRunLeftAndUploadsGoThere() throws IOException {
        Path leftover = Files.createDirectories(dataDir.resolve("tmp/uploads")).resolve("upload_3f2a.tmp");
        Files.write(leftover, new byte[1024]);
        Path tomcatWork = Files.createDirectories(dataDir.resolve("tmp/tomcat/work/Tomcat/localhost/ROOT"));
        Path evidence = Files.writeString(Files.createDirectories(dataDir.resolve("evidence")).resolve("kept.png"), "x");

        TempFiles files = new TempFiles();
        TempFiles.TempDirectory temp = files.tempDirectory(dataDir);

        assertThat(leftover).doesNotExist();
        assertThat(tomcatWork).doesNotExist();
        assertThat(evidence).exists();
        assertThat(temp.uploads()).isEmptyDirectory().isEqualTo(dataDir.resolve("tmp/uploads").toAbsolutePath());
        assertThat(temp.tomcat()).isEmptyDirectory();
        assertThat(files.multipartConfigElement(new MultipartProperties(), temp).getLocation())
                .isEqualTo(temp.uploads().toString());
    }
}
