package com.xingping.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The units a reporter account can be bound to. The {@code unit} module keeps them and implements
 * this, so that identity, which every feature depends on for the signed-in user, depends on no feature.
 */
public interface UnitsToBind {

    /** The unit a person typed: its exact code (any case) or its exact name. */
    Optional<UnitToBind> named(String text);

    /** The units of these ids (an account may still be bound to a deactivated one), looked up at once. */
    Map<Long, UnitToBind> byIds(Collection<Long> ids);

    boolean exists(Long unitId);

    record UnitToBind(Long id, String code, String name, boolean active) {
    }
}
