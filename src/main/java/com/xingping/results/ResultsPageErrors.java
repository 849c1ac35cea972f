package com.xingping.results;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import com.xingping.kernel.Refusal;

/** A year whose facts cannot be scored (the reader refuses them) shows why on the results pages, as a 400. */
@ControllerAdvice(assignableTypes = {ResultsPages.class, DashboardPage.class})
class ResultsPageErrors {

    @ExceptionHandler(Refusal.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String refused(Refusal refusal, Model model) {
        model.addAttribute("status", 400);
        model.addAttribute("message", refusal.reason());
        return "error/page";
    }
}
