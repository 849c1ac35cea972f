package com.xingping.identity;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;
import com.xingping.unit.Unit;
import com.xingping.unit.Units;

/** Pages through the accounts by role and name, optionally only those whose account or person name contains a text. */
@Component
class AccountDirectory {
    private final Accounts accounts;
    private final Units units;

    AccountDirectory(Accounts accounts, Units units) {
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
    Map<Long, Unit> unitsOf(Collection<Account> shown) {
        return units.findAllById(shown.stream().map(Account::unitId).filter(java.util.Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(Unit::id, Function.identity()));
    }
}
