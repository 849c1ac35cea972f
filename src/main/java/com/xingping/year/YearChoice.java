package com.xingping.year;

import org.springframework.stereotype.Component;

import com.xingping.kernel.NotFound;

/**
 * The year a page or request is about: the one asked for, else the year open for reporting, else
 * the newest (closed) year, so that last year's roster and scorecard stay readable.
 */
@Component
public class YearChoice {
    private final Years years;

    YearChoice(Years years) {
        this.years = years;
    }

    public AssessmentYear of(Long yearId) {
        if (yearId != null) {
            return years.findById(yearId).orElseThrow(() -> new NotFound("年度 " + yearId));
        }
        return years.findFirstByStatusOrderByYearDesc(YearStatus.OPEN)
                .or(() -> years.findAllByOrderByYearDesc().stream().findFirst())
                .orElseThrow(() -> new NotFound("还没有开设考评年度"));
    }
}
