package com.xingping.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Accounts extends ListCrudRepository<Account, Long> {
    Optional<Account> findByUsername(String username);

    List<Account> findAllByOrderByRoleAscUsernameAsc();

    List<Account> findByUnitId(Long unitId);
}
