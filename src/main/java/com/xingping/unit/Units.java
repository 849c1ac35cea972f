package com.xingping.unit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface Units extends ListCrudRepository<Unit, Long> {
    List<Unit> findAllByOrderByCodeAsc();

    List<Unit> findByActiveTrueOrderByCodeAsc();

    Optional<Unit> findByCode(String code);
}
