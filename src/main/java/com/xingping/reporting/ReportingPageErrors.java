package com.xingping.reporting;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import com.xingping.kernel.Refusal;

/** A refusal the reporting pages do not show beside a field (e.g. a bad filter) still gets a page saying why. */
@ControllerAdvice(assignableTypes = {RecordPages.class, ReviewPages.class, EvidencePages.class})
class ReportingPageErrors {

    @ExceptionHandler(Refusal.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String refused(Refusal refusal, Model model) {
        model.addAttribute("status", 400);
        model.addAttribute("message", refusal.reason());
        return "error/page";
    }
}
