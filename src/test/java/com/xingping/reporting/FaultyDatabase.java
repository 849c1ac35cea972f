package com.xingping.reporting;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source, which a test can make fail as a database that goes away does: the
 * commit, or the Nth insert into {@code audit_event}, throws as PostgreSQL's driver does when the
 * connection drops (SQLState 08006). Only on the
 * thread that armed it, so the platform's own background work is unaffected.
 */
final class FaultyDatabase implements BeanPostProcessor {
    private volatile Thread armed;
    private volatile boolean failCommit;
    private volatile int failAuditInsert;
    private final AtomicInteger auditInserts = new AtomicInteger();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource)) {
            return new DelegatingDataSource(dataSource) {
                @Override
                public Connection getConnection() throws SQLException {
                    return faulty(super.getConnection());
                }

                @Override
                public Connection getConnection(String username, String password) throws SQLException {
                    return faulty(super.getConnection(username, password));
                }
            };
        }
        return bean;
    }

    /** The commit of this thread's next transaction fails. */
    void failCommit() {
        armed = Thread.currentThread();
        failCommit = true;
    }

    /** This thread's {@code n}th insert into the audit log from now on fails. */
    void failAuditInsert(int n) {
        armed = Thread.currentThread();
        auditInserts.set(0);
        failAuditInsert = n;
    }

    /** Counts this thread's audit inserts from now on, failing none. */
    void countAuditInserts() {
        failAuditInsert(Integer.MAX_VALUE);
    }

    int auditInserts() {
        return auditInserts.get();
    }

    void heal() {
        armed = null;
        failCommit = false;
        failAuditInsert = 0;
    }

    private Connection faulty(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (Thread.currentThread() == armed) {
                if (failCommit && method.getName().equals("commit")) {
                    failCommit = false;
                    throw new SQLException("An I/O error occurred while sending to the backend (test fault, at commit)", "08006");
                }
                if (failAuditInsert > 0 && method.getName().startsWith("prepare") && args != null
                        && args[0] instanceof String sql && isAuditInsert(sql)
                        && auditInserts.incrementAndGet() == failAuditInsert) {
                    throw new SQLException("An I/O error occurred while sending to the backend (test fault, audit line)", "08006");
                }
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private static boolean isAuditInsert(String sql) {
        String s = sql.toLowerCase(Locale.ROOT).strip();
        return s.startsWith("insert") && s.contains("audit_event");
    }
}
