package com.xingping.web;

import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.xingping.kernel.Busy;
import com.xingping.kernel.Conflict;
import com.xingping.kernel.NotFound;
import com.xingping.kernel.Unavailable;
import com.xingping.kernel.Refusal;
import com.xingping.kernel.TooLarge;
import com.xingping.sheet.ImportRefused;

/** problem+json answers for every JSON API controller. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    @ExceptionHandler(Refusal.class)
    ProblemDetail refused(Refusal e) {
        return refusal(HttpStatus.BAD_REQUEST, "Bad request", e);
    }

    /** The request was fine but what is already there stands in its way: a code in use, a record already decided. */
    @ExceptionHandler(Conflict.class)
    ProblemDetail conflicting(Conflict e) {
        return refusal(HttpStatus.CONFLICT, "Conflict", e);
    }

    @ExceptionHandler(TooLarge.class)
    ProblemDetail tooLarge(TooLarge e) {
        return refusal(HttpStatus.CONTENT_TOO_LARGE, "Content too large", e);
    }

    private static ProblemDetail refusal(HttpStatus status, String title, Refusal e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.field() + ": " + e.reason());
        problem.setTitle(title);
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "reason", e.reason())));
        return problem;
    }

    /** A spreadsheet with bad rows: one {@code errors} entry per listed row problem, how many more in {@code unlisted}. */
    @ExceptionHandler(ImportRefused.class)
    ProblemDetail badRows(ImportRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                e.reason() + "\n" + String.join("\n", e.lines()));
        problem.setTitle("Bad request");
        problem.setProperty("errors", e.problems().stream().map(p -> Map.of("field", "file", "row", p.row(),
                "column", p.column(), "reason", p.reason(), "line", p.line())).toList());
        if (e.unlisted() > 0) {
            problem.setProperty("unlisted", e.unlisted());
        }
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "reason", String.valueOf(f.getDefaultMessage()))).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.stream()
                .map(m -> m.get("field") + ": " + m.get("reason")).reduce((a, b) -> a + "\n" + b).orElse("invalid"));
        problem.setTitle("Bad request");
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "该记录已被他人修改，请刷新后再试 / changed by someone else meanwhile: reload and retry");
        problem.setTitle("Conflict");
        return problem;
    }

    /** Nothing was saved: the database or the disk could not take the change, or the server was too busy to start it. */
    @ExceptionHandler({Unavailable.class, DataAccessResourceFailureException.class, TransactionSystemException.class,
            CannotCreateTransactionException.class, TransientDataAccessException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, Outage.message(e));
        problem.setTitle("Service unavailable");
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE);
        if (e instanceof Busy busy) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(busy.retryAfter().toSeconds()));
        }
        return response.body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "无权执行此操作");
        problem.setTitle("Forbidden");
        return problem;
    }
}
