package com.xingping.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL 17 (zonky) for bench/province.sh: started with the databases named on the
 * command line, its port written to the file given first; runs until stdin closes.
 *
 * <pre>java -cp … com.xingping.bench.ProvincePostgres PORT_FILE db1 db2 … &lt; fifo</pre>
 */
public final class ProvincePostgres {
    private ProvincePostgres() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection db = postgres.getPostgresDatabase().getConnection(); Statement sql = db.createStatement()) {
                for (int i = 1; i < args.length; i++) {
                    sql.execute("create database " + args[i]);
                }
            }
            Files.writeString(Path.of(args[0]), Integer.toString(postgres.getPort()));
            while (System.in.read() >= 0) {
                // wait for the script to close stdin
            }
        }
    }
}
