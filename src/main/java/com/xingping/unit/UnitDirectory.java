package com.xingping.unit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;
import com.xingping.kernel.Refusal;

/**
 * Finding units without listing them all: pages by code, optionally only those whose code or name
 * contains a text; a few suggestions for a typed text; one unit by its exact code or name.
 */
@Component
public class UnitDirectory {
    static final int SUGGESTIONS = 20;
    private static final Sort BY_CODE = Sort.by("code", "id");
    private final Units units;

    UnitDirectory(Units units) {
        this.units = units;
    }

    public PageOf<Unit> page(String text, Paging paging) {
        String wanted = wanted(text);
        Page<Unit> page = units.findByCodeContainingIgnoreCaseOrNameContaining(wanted, wanted, pageable(paging));
        return PageOf.of(page.getContent(), paging, page.getTotalElements());
    }

    /** The same, active units only: those assessed this year. */
    public PageOf<Unit> activePage(String text, Paging paging) {
        String wanted = wanted(text);
        Page<Unit> page = units.findByActiveTrueAndCodeContainingIgnoreCaseOrActiveTrueAndNameContaining(wanted, wanted,
                pageable(paging));
        return PageOf.of(page.getContent(), paging, page.getTotalElements());
    }

    /** The first few units, by code, whose code or name contains the text: what a unit field offers while typing. */
    public List<Unit> suggestions(String text) {
        return page(text, new Paging(1, SUGGESTIONS)).items();
    }

    /** The unit a person typed: its exact code (any case) or its exact name; nothing typed is no unit. */
    public Optional<Unit> named(String text) {
        String wanted = wanted(text);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return units.findByCode(wanted).or(() -> units.findFirstByCodeIgnoreCaseOrderByCodeAsc(wanted))
                .or(() -> units.findFirstByNameOrderByCodeAsc(wanted));
    }

    /** As {@link #named}, but a text that names no unit is refused, naming the field. */
    public Optional<Unit> require(String field, String text) {
        Optional<Unit> unit = named(text);
        if (unit.isEmpty() && !wanted(text).isEmpty()) {
            throw new Refusal(field, "没有编码或名称为“" + wanted(text) + "”的单位");
        }
        return unit;
    }

    private static String wanted(String text) {
        return text == null ? "" : text.strip();
    }

    private static Pageable pageable(Paging paging) {
        return PageRequest.of(paging.page() - 1, paging.size(), BY_CODE);
    }
}
