package com.xingping.roster;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Roster extends ListCrudRepository<RosterMember, Long> {
    List<RosterMember> findByUnitIdAndYearIdOrderByIdAsc(Long unitId, Long yearId);

    List<RosterMember> findByYearId(Long yearId);

    @Query("select distinct unit_id from member where year_id = :yearId")
    List<Long> unitsWithMembers(Long yearId);
}
