package com.xingping.reporting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upload beyond the server's multipart limits is refused before any controller runs; this says
 * so in Chinese, as problem+json under /api and as an error page elsewhere, never as a stack trace.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final String message;

    UploadTooLarge(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFile,
                   @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequest,
                   StorageSettings settings) {
        this.message = "上传的文件太大：证明材料每个文件不超过 " + settings.maxFileSize().toMegabytes() + " MB，一次提交的文件合计不超过 "
                + maxRequest.toMegabytes() + " MB（单个上传上限 " + maxFile.toMegabytes()
                + " MB）。请压缩照片或分几次上传，未保存任何内容。";
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = HttpStatus.CONTENT_TOO_LARGE;
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(JSON.writeValueAsString(Map.of("type", "about:blank", "title", "Content too large",
                    "status", status.value(), "detail", message,
                    "errors", java.util.List.of(Map.of("field", "files", "reason", message)))));
            return null;
        }
        return new ModelAndView("error/page", Map.of("status", status.value(), "message", message), status);
    }
}
