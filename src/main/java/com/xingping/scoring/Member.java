package com.xingping.scoring;

import java.math.BigDecimal;

/** One party member on a unit's roster, with the study hours they completed this year. */
public record Member(Role role, BigDecimal hours) {
}
