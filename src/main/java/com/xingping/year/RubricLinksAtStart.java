package com.xingping.year;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.xingping.rubrics.StoredRubrics;

/** At start-up, before anything scores: the bundled rubric files stored when absent, and years opened before V28 linked to theirs. */
@Component
@Order(0)
class RubricLinksAtStart implements ApplicationRunner {
    private final StoredRubrics stored;
    private final YearRegistry years;

    RubricLinksAtStart(StoredRubrics stored, YearRegistry years) {
        this.stored = stored;
        this.years = years;
    }

    @Override
    public void run(ApplicationArguments args) {
        stored.storeBundled();
        years.linkBundled();
    }
}
