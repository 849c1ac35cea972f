package com.xingping.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Requests that reach no controller method as asked: an unknown address, a parameter of the wrong
 * type ({@code /records/abc}), a missing one, an unsupported method. The API answers problem+json
 * naming the parameter; a browser gets the zh-CN error page ({@link ErrorPages}) with the same reason.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestErrors {
    private final MessageSource messages;

    RequestErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    ResponseEntity<ProblemDetail> unknownAddress(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.NOT_FOUND, null, "没有这个地址：" + request.getRequestURI());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongType(MethodArgumentTypeMismatchException e, HttpServletRequest request,
                                            HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.BAD_REQUEST, e.getName(),
                named(request, e.getName()) + "的值“" + e.getValue() + "”不是" + kind(e.getRequiredType()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request,
                                          HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.BAD_REQUEST, e.getParameterName(),
                "缺少" + named(request, e.getParameterName()).strip());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request,
                                              HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.METHOD_NOT_ALLOWED, null,
                "此地址不接受 " + e.getMethod() + " 请求");
    }

    /** A page names the field as its form labels it (填报截止日期); the API and unlabelled parameters by their name. */
    private String named(HttpServletRequest request, String parameter) {
        String label = api(request) ? null : messages.getMessage("field." + parameter, null, null, Locale.SIMPLIFIED_CHINESE);
        return label == null ? "参数 " + parameter + " " : label;
    }

    private static boolean api(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return "可接受的值";
        }
        if (Number.class.isAssignableFrom(type) || type == long.class || type == int.class) {
            return "整数";
        }
        if (type.isEnum()) {
            return "可选值之一";
        }
        if (type == java.time.LocalDate.class) {
            return "日期（如 2018-03-06）";
        }
        return "可接受的值";
    }

    /** For the API the problem itself; for a page the reason is kept for the error page and the container renders it. */
    private static ResponseEntity<ProblemDetail> answer(HttpServletRequest request, HttpServletResponse response,
                                                        HttpStatus status, String field, String reason) throws IOException {
        if (api(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, field == null ? reason : field + ": " + reason);
            problem.setTitle(status.getReasonPhrase());
            if (field != null) {
                problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        request.setAttribute(ErrorPages.REASON, reason);
        response.sendError(status.value());
        return null;
    }
}
