package com.xingping.identity;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

interface SignIns extends ListCrudRepository<SignIn, Long> {
    Page<SignIn> findByAccountIdOrderByAtDescIdDesc(Long accountId, Pageable pageable);

    long countByAccountId(Long accountId);
}
