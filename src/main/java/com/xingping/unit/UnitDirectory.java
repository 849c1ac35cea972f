package com.xingping.unit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;

/** Pages through the units by code, optionally only those whose code or name contains a text. */
@Component
class UnitDirectory {
    private final Units units;

    UnitDirectory(Units units) {
        this.units = units;
    }

    PageOf<Unit> page(String text, Paging paging) {
        String wanted = text == null ? "" : text.strip();
        Page<Unit> page = units.findByCodeContainingIgnoreCaseOrNameContaining(wanted, wanted,
                PageRequest.of(paging.page() - 1, paging.size(), Sort.by("code", "id")));
        return PageOf.of(page.getContent(), paging, page.getTotalElements());
    }
}
