package com.xingping.unit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Units extends ListCrudRepository<Unit, Long> {
    List<Unit> findAllByOrderByCodeAsc();

    List<Unit> findByActiveTrueOrderByCodeAsc();

    Optional<Unit> findByCode(String code);

    Optional<Unit> findFirstByCodeIgnoreCaseOrderByCodeAsc(String code);

    Optional<Unit> findFirstByNameOrderByCodeAsc(String name);

    /** Units whose code or name contains the text (both given the same text), for paged searching. */
    Page<Unit> findByCodeContainingIgnoreCaseOrNameContaining(String code, String name, Pageable pageable);

    Page<Unit> findByActiveTrueAndCodeContainingIgnoreCaseOrActiveTrueAndNameContaining(String code, String name,
                                                                                         Pageable pageable);

    @Query("select id from unit where id = :unitId for update")
    Long lock(Long unitId);
}
