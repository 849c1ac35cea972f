package com.xingping.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;

import org.springframework.core.io.InputStreamSource;
import org.springframework.web.multipart.MultipartFile;

/** A file as a reporter sends it: the name they gave it, its declared size, and its bytes. */
public record Upload(String name, long size, InputStreamSource content) {

    public static Upload of(MultipartFile file) {
        return new Upload(file.getOriginalFilename(), file.getSize(), file);
    }

    /** A file input left empty still sends an empty part; it is no upload. */
    public static boolean isChosen(MultipartFile file) {
        return file != null && !(file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()));
    }

    InputStream open() {
        try {
            return content.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
