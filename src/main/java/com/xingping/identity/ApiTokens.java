package com.xingping.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface ApiTokens extends ListCrudRepository<ApiToken, Long> {
    /** Written out: a derived query would build its SQL anew on every call, the largest part of a token check. */
    @Query("select * from api_token where sha256 = :sha256")
    Optional<ApiToken> findBySha256(@Param("sha256") String sha256);

    List<ApiToken> findByAccountIdOrderByCreatedAtDescIdDesc(Long accountId);

    @Modifying
    @Query("update api_token set last_used_at = :at where id = :id")
    void markUsed(@Param("id") Long id, @Param("at") Instant at);
}
