package com.xingping.database;

import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Tells the connection pool that an embedded H2 connection is dead when H2 says its database was
 * closed (as it does after failing to write to a full disk) or its file could not be read or written.
 * H2 gives these states no "08" connection code, so without this the pool kept handing out the dead
 * connections until a restart; now they are replaced, and the database is opened again once it can be.
 */
public final class EmbeddedDatabaseFailures implements SQLExceptionOverride {
    private static final int DATABASE_IS_CLOSED = 90098;
    private static final int IO_EXCEPTION = 90028;
    private static final int IO_EXCEPTION_WITH_FILE = 90031;
    private static final int FILE_CORRUPTED = 90030;

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        for (SQLException link = e; link != null; link = link.getNextException()) {
            switch (link.getErrorCode()) {
                case DATABASE_IS_CLOSED, IO_EXCEPTION, IO_EXCEPTION_WITH_FILE, FILE_CORRUPTED -> {
                    return Override.MUST_EVICT;
                }
                default -> {
                }
            }
        }
        return Override.CONTINUE_EVICT;
    }
}
