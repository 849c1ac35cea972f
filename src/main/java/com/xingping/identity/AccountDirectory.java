package com.xingping.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import com.xingping.identity.UnitsToBind.UnitToBind;
import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;

/** Pages through the accounts by role and name, optionally only those whose account or person name contains a text. */
@Component
class AccountDirectory {
    private final Accounts accounts;
    private final UnitsToBind units;

    AccountDirectory(Accounts accounts, UnitsToBind units) {
        this.accounts = accounts;
        this.units = units;
    }

    PageOf<Account> page(String text, Paging paging) {
        String wanted = text == null ? "" : text.strip();
        Page<Account> page = accounts.findByUsernameContainingIgnoreCaseOrDisplayNameContaining(wanted, wanted,
                PageRequest.of(paging.page() - 1, paging.size(), Sort.by("role", "username")));
        return PageOf.of(page.getContent(), paging, page.getTotalElements());
    }

    /** The units of these accounts by id, looked up once for a page. */
    Map<Long, UnitToBind> unitsOf(Collection<Account> shown) {
        return units.byIds(shown.stream().map(Account::unitId).filter(Objects::nonNull).distinct().toList());
    }
}
