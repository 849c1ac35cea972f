package com.xingping.identity;

import java.util.List;

/**
 * The units a reporter account can be bound to. The {@code unit} module keeps them and implements
 * this, so that identity, which every feature depends on for the signed-in user, depends on no feature.
 */
public interface UnitsToBind {

    /** Every unit by code, active or not (an account may still be bound to a deactivated one). */
    List<UnitToBind> all();

    boolean exists(Long unitId);

    record UnitToBind(Long id, String name, boolean active) {
    }
}
