package com.xingping.roster;

import java.math.BigDecimal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A party member on a unit's roster for one year, with the study hours completed. */
@Table("member")
public record RosterMember(@Id Long id, Long unitId, Long yearId, String name, MemberRole role, BigDecimal studyHours,
                           @Version Integer version) {
}
