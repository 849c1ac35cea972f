package com.xingping.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithMockUser;

import com.xingping.audit.AuditLog;
import com.xingping.kernel.Refusal;

/** Unit administration against a real database; run on H2 and on PostgreSQL by its subclasses. */
@SpringBootTest
@WithMockUser(username = "committee-admin", roles = "ADMIN")
abstract class UnitRegistryContract {
    @Autowired
    UnitRegistry registry;
    @Autowired
    Units units;
    @Autowired
    AuditLog audit;

    @Test
    void createsEditsAndDeactivatesAUnitWithAnAuditLineForEachChange() {
        Unit created = registry.create(new UnitForm("FIN", "市财政局", true, false, null));
        Unit edited = registry.edit(created.id(), new UnitForm(null, "绍兴市财政局", true, true, created.version()));
        Unit deactivated = registry.setActive(created.id(), false);

        assertThat(units.findById(created.id())).get().satisfies(unit -> {
            assertThat(unit.name()).isEqualTo("绍兴市财政局");
            assertThat(unit.committeeOwn()).isTrue();
            assertThat(unit.active()).isFalse();
        });
        assertThat(edited.version()).isGreaterThan(created.version());
        assertThat(deactivated.active()).isFalse();
        assertThat(audit.history("unit", created.id()))
                .extracting(e -> e.action() + " by " + e.actor())
                .containsExactly("unit.created by committee-admin", "unit.edited by committee-admin",
                        "unit.deactivated by committee-admin");
    }

    @Test
    void refusesAStaleEditInsteadOfOverwritingTheOtherOne() {
        Unit created = registry.create(new UnitForm("EDU", "市教育局", true, false, null));
        registry.edit(created.id(), new UnitForm(null, "市教育局（甲）", true, false, created.version()));

        assertThatThrownBy(() -> registry.edit(created.id(), new UnitForm(null, "市教育局（乙）", true, false, created.version())))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(units.findById(created.id())).get().extracting(Unit::name).isEqualTo("市教育局（甲）");
    }

    @Test
    void refusesADuplicateCodeNamingTheField() {
        registry.create(new UnitForm("HEA", "市卫健委", true, false, null));

        assertThatThrownBy(() -> registry.create(new UnitForm("HEA", "另一个", true, false, null)))
                .isInstanceOf(Refusal.class).hasMessageContaining("HEA 已被使用")
                .extracting(e -> ((Refusal) e).field()).isEqualTo("code");
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void aLeaderCannotCreateAUnit() {
        assertThatThrownBy(() -> registry.create(new UnitForm("X1", "某局", true, false, null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
