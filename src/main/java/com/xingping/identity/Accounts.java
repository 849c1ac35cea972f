package com.xingping.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

interface Accounts extends ListCrudRepository<Account, Long> {
    Optional<Account> findByUsername(String username);

    Page<Account> findByUsernameContainingIgnoreCaseOrDisplayNameContaining(String username, String displayName,
                                                                            Pageable pageable);

    List<Account> findByUnitId(Long unitId);

    List<Account> findByRole(Role role);

    List<Account> findByAwaitingConfirmationTrueOrderByUsername();
}
