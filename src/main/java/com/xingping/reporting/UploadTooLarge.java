package com.xingping.reporting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.apache.tomcat.util.http.fileupload.MultipartStream.MalformedStreamException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upload beyond the server's multipart limits is refused before any controller runs; this says
 * so in Chinese, as problem+json under /api and as a page elsewhere, never as a stack trace. (A
 * page post usually fails earlier, when the CSRF filter reads the form: the container then answers
 * 413 and {@code templates/error/413.html} says the same.) So is, as a 400, a file name the container
 * will not read at all (one holding a NUL): no controller could strip what never reaches it. And so
 * is a body the container cannot parse as multipart (cut off before its closing boundary, or without
 * one): the sender's fault, not the server's.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final PageText text;
    private final String maxFile;
    private final String maxRequest;

    UploadTooLarge(PageText text, @Value("${xingping.storage.max-file-size:10MB}") String maxFile,
                   @Value("${spring.servlet.multipart.max-request-size:60MB}") String maxRequest) {
        this.text = text;
        this.maxFile = maxFile;
        this.maxRequest = maxRequest;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return refused(request, response, HttpStatus.CONTENT_TOO_LARGE, "Content too large", text.get("upload.tooLarge.text", maxFile, maxRequest));
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView unreadable(MultipartException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidFileNameException) {
                return refused(request, response, HttpStatus.BAD_REQUEST, "Bad Request", text.get("upload.badName.text"));
            }
            if (cause instanceof MalformedStreamException || cause instanceof FileUploadException) {
                return refused(request, response, HttpStatus.BAD_REQUEST, "Bad Request", text.get("upload.unreadable.text"));
            }
        }
        throw e;
    }

    private ModelAndView refused(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
                                 String message) throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(JSON.writeValueAsString(Map.of("type", "about:blank", "title", title,
                    "status", status.value(), "detail", message, "errors", List.of(Map.of("field", "files", "reason", message)))));
            return null;
        }
        return new ModelAndView("error/page", Map.of("status", status.value(), "message", message), status);
    }
}
