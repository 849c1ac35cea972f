package com.xingping.scorecard;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At start-up, every year without standings (a database from before they existed) gets them built. */
@Component
class StandingsAtStart implements ApplicationRunner {
    private final StandingsRebuild rebuild;

    StandingsAtStart(StandingsRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Override
    public void run(ApplicationArguments args) {
        rebuild.buildMissing();
    }
}
