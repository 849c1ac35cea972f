package com.xingping.unit;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.xingping.identity.CurrentUser;
import com.xingping.kernel.NotFound;
import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "units", description = "被考评单位 / assessed units")
class UnitApi {
    private final UnitRegistry registry;
    private final UnitDirectory directory;

    UnitApi(UnitRegistry registry, UnitDirectory directory) {
        this.registry = registry;
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "One page of the units by code (a reporter sees only their own)",
            description = "q: only units whose code or name contains it; page from 1, size 1-200 (default 50); "
                    + "the answer says the total.")
    PageOf<Unit> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
                      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        if (!user.canRead(-1L)) {
            List<Unit> own = user.unitId() == null || paging.page() > 1 ? List.of() : List.of(registry.get(user.unitId()));
            return PageOf.of(own, paging, user.unitId() == null ? 0 : 1);
        }
        return directory.page(q, paging);
    }

    @GetMapping("/{id}")
    Unit get(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        if (!user.canRead(id)) {
            throw new NotFound("单位 " + id);
        }
        return registry.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a unit (committee admin)")
    Unit create(@RequestBody UnitForm form) {
        return registry.create(form);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a unit (committee admin); send the version you read, a stale one gets 409")
    Unit edit(@PathVariable Long id, @RequestBody UnitForm form) {
        return registry.edit(id, form);
    }

    /** A unit's flags for one year, as sent to set them. */
    record YearFlagsForm(boolean inTargetAssessment, boolean committeeOwn, Integer version) {
    }

    @GetMapping("/{id}/years")
    @Operation(summary = "The unit's flags per assessment year (目标责任制考核, 工委机关), by year id: what each year scores with")
    java.util.Map<Long, YearFlags> yearFlags(@PathVariable Long id) {
        return registry.flagsOfUnit(registry.get(id));
    }

    @PutMapping("/{id}/years/{yearId}")
    @Operation(summary = "Set the unit's flags for one open year (committee admin; the version you read, none for a year "
            + "without its own row yet); the unit's own flags and other years are left as they are")
    YearFlags setYearFlags(@PathVariable Long id, @PathVariable Long yearId, @RequestBody YearFlagsForm form) {
        return registry.setYearFlags(id, yearId, form.inTargetAssessment(), form.committeeOwn(), form.version());
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Deactivate a unit; its records are kept")
    Unit deactivate(@PathVariable Long id) {
        return registry.setActive(id, false);
    }

    @PostMapping("/{id}/reactivate")
    Unit reactivate(@PathVariable Long id) {
        return registry.setActive(id, true);
    }
}
