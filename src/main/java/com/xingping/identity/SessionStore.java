package com.xingping.identity;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Page sessions live in the database (Spring Session JDBC, tables of migration V8), so any instance
 * behind the proxy serves any signed-in user. On PostgreSQL a session attribute is written with
 * {@code insert … on conflict}: two requests of one session setting the same new attribute at once (the
 * CSRF token of two parallel first requests) would otherwise fail on the primary key. H2's PostgreSQL
 * mode lacks {@code on conflict do update}, so the embedded database keeps Spring Session's plain SQL.
 */
@Configuration
class SessionStore {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertAttributesOnPostgres(DataSource dataSource) {
        SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsert = new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        return repository -> {
            if (isPostgres(dataSource)) {
                upsert.customize(repository);
            }
        };
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            return "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("could not tell which database the sessions are kept in", e);
        }
    }
}
