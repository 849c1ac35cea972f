package com.xingping.results;

import org.springframework.security.access.AccessDeniedException;

import com.xingping.identity.CurrentUser;
import com.xingping.identity.Role;
import com.xingping.kernel.NotFound;

/**
 * Who reads which results. The committee and leaders read everything (drafts, versions, inputs,
 * diffs, exports, the dashboard). A reporter reads only their own unit's line of a published
 * version (its scorecard page, export and API line): every other results page or document is
 * forbidden (403), another unit's line is not found (404). Only administrators publish.
 */
final class ResultsAccess {
    private ResultsAccess() {
    }

    static void requireReader(CurrentUser user) {
        if (user == null || !(user.isCommittee() || user.role() == Role.LEADER)) {
            throw new AccessDeniedException("只有工委和领导可以查看年度结果");
        }
    }

    static void requireUnitReader(CurrentUser user, EditionRef ref, Long unitId) {
        if (user == null) {
            throw new AccessDeniedException("需要登录");
        }
        if (user.role() != Role.REPORTER) {
            requireReader(user);
            return;
        }
        if (ref.isDraft()) {
            throw new AccessDeniedException("结果草稿只对工委和领导开放；本单位的实时得分见“我的得分”");
        }
        if (!user.canRead(unitId)) {
            throw new NotFound("单位 " + unitId);
        }
    }
}
