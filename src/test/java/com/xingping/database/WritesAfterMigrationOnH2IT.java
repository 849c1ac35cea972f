package com.xingping.database;

import org.springframework.test.context.ContextConfiguration;

import com.xingping.support.MigratedOnClosedConnection;

@ContextConfiguration(initializers = MigratedOnClosedConnection.OnH2File.class)
class WritesAfterMigrationOnH2IT extends WritesAfterMigrationContract {
}
