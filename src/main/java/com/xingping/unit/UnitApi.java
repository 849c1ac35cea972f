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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.xingping.identity.CurrentUser;
import com.xingping.kernel.NotFound;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "units", description = "被考评单位 / assessed units")
class UnitApi {
    private final Units units;
    private final UnitRegistry registry;

    UnitApi(Units units, UnitRegistry registry) {
        this.units = units;
        this.registry = registry;
    }

    @GetMapping
    @Operation(summary = "List units (a reporter sees only their own)")
    List<Unit> list(@AuthenticationPrincipal CurrentUser user) {
        return units.findAllByOrderByCodeAsc().stream().filter(u -> user.canRead(u.id())).toList();
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
