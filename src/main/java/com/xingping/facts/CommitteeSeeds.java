package com.xingping.facts;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** For seeding (the demo city): the committee's facts saved as given, without permission check or audit. */
@Component
public class CommitteeSeeds {
    private final CommitteeFacts facts;

    CommitteeSeeds(CommitteeFacts facts) {
        this.facts = facts;
    }

    @Transactional
    public List<CommitteeFact> seed(List<CommitteeFact> known) {
        return facts.saveAll(known);
    }
}
