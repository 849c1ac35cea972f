package com.xingping.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import com.xingping.kernel.NotFound;
import com.xingping.kernel.Unavailable;

/** Error pages (zh-CN) for the server-rendered pages; forms handle their own Refusals beside the field. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFound e, Model model) {
        model.addAttribute("status", 404);
        model.addAttribute("message", "未找到：" + e.getMessage());
        return "error/page";
    }

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(Model model) {
        model.addAttribute("status", 403);
        model.addAttribute("message", "无权访问此页面或执行此操作。");
        return "error/page";
    }

    @ExceptionHandler({Unavailable.class, DataAccessResourceFailureException.class, TransactionSystemException.class,
            CannotCreateTransactionException.class, TransientDataAccessException.class})
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String unavailable(Exception e, Model model) {
        model.addAttribute("status", 503);
        model.addAttribute("message", Outage.message(e));
        return "error/page";
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(Model model) {
        model.addAttribute("status", 409);
        model.addAttribute("message", "该记录已被他人修改。请返回并刷新后再试，您的修改未保存。");
        return "error/page";
    }
}
