package com.xingping.database;

import org.springframework.test.context.ContextConfiguration;

import com.xingping.support.MigratedOnClosedConnection;

@ContextConfiguration(initializers = MigratedOnClosedConnection.OnPostgres.class)
class WritesAfterMigrationOnPostgresIT extends WritesAfterMigrationContract {
}
