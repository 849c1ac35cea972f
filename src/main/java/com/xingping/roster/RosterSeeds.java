package com.xingping.roster;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** For seeding (the demo city): roster members saved as given, without permission check or audit. */
@Component
public class RosterSeeds {
    private final Roster roster;

    RosterSeeds(Roster roster) {
        this.roster = roster;
    }

    @Transactional
    public List<RosterMember> seed(List<RosterMember> members) {
        return roster.saveAll(members);
    }
}
