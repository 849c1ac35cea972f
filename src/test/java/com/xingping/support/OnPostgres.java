package com.xingping.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test against a real PostgreSQL (embedded, started from Maven) instead of H2.
 * Write the tests once in an abstract class, then {@code class FooOnH2IT extends FooContract} and
 * {@code @OnPostgres class FooOnPostgresIT extends FooContract}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ContextConfiguration(initializers = PostgresInitializer.class)
public @interface OnPostgres {
}
