package com.xingping.scorecard;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import com.xingping.identity.CurrentUser;
import com.xingping.identity.Role;
import com.xingping.kernel.NotFound;
import com.xingping.kernel.Paging;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitRegistry;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearChoice;

/**
 * Who may see which scorecard: a reporter only their own unit's (another unit's is not found); the
 * committee and leaders every unit's and the overview.
 */
@Service
class Scorecards {
    private final LiveScores live;
    private final Cards cards;
    private final UnitRegistry units;
    private final YearChoice years;

    Scorecards(LiveScores live, Cards cards, UnitRegistry units, YearChoice years) {
        this.live = live;
        this.cards = cards;
        this.units = units;
        this.years = years;
    }

    Scorecard of(CurrentUser user, Long unitId, Long yearId) {
        if (user == null || !user.canRead(unitId)) {
            throw new NotFound("单位 " + unitId);
        }
        Unit unit = units.find(unitId).orElseThrow(() -> new NotFound("单位 " + unitId));
        AssessmentYear year = years.of(yearId);
        LiveYear scored = live.of(year, unit);
        return cards.scorecard(scored, unitId, live.backing(scored, unit));
    }

    Overview overview(CurrentUser user, Long yearId, Paging paging) {
        if (user == null || !(user.isCommittee() || user.role() == Role.LEADER)) {
            throw new AccessDeniedException("只有工委和领导可以查看各单位得分");
        }
        return cards.overview(live.of(years.of(yearId), null), paging);
    }
}
