package com.xingping.backup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's tables as JSON lines: a first line naming the columns and the kind of each, then one
 * array of values per row. Database-neutral, so a backup of H2 restores into PostgreSQL and back.
 * Sessions, the schema history and the health probe's row are not data and are left out.
 */
final class Tables {
    static final Set<String> LEFT_OUT = Set.of("flyway_schema_history", "spring_session", "spring_session_attributes", "write_probe");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 500;

    private Tables() {
    }

    record Column(String name, String kind) {
    }

    record Header(List<Column> columns) {
    }

    /** The tables to back up, each after every table it references. */
    static List<String> inOrder(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Set<String> names = new TreeSet<>();
        try (ResultSet tables = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        names.removeAll(LEFT_OUT);
        Map<String, Set<String>> parents = new HashMap<>();
        for (String table : names) {
            Set<String> referenced = new TreeSet<>();
            try (ResultSet keys = meta.getImportedKeys(null, schema, table)) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table) && names.contains(parent)) {
                        referenced.add(parent);
                    }
                }
            }
            parents.put(table, referenced);
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < names.size()) {
            List<String> ready = names.stream().filter(t -> !ordered.contains(t) && ordered.containsAll(parents.get(t))).toList();
            if (ready.isEmpty()) {
                throw new IllegalStateException("tables reference each other in a cycle: " + parents);
            }
            ordered.addAll(ready);
        }
        return ordered;
    }

    /** Writes every row of the table in primary-key order; answers the number of rows. */
    static long dump(Connection connection, String table, OutputStream out) throws SQLException, IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        long rows = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(1000);
            try (ResultSet rs = statement.executeQuery("select * from " + table + " order by " + orderOf(connection, table))) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Column> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(new Column(meta.getColumnName(i).toLowerCase(Locale.ROOT), kind(meta.getColumnType(i), meta.getColumnTypeName(i))));
                }
                writer.write(JSON.writeValueAsString(new Header(columns)));
                writer.write('\n');
                List<Object> values = new ArrayList<>(columns.size());
                while (rs.next()) {
                    values.clear();
                    for (int i = 0; i < columns.size(); i++) {
                        values.add(read(rs, i + 1, columns.get(i).kind()));
                    }
                    writer.write(JSON.writeValueAsString(values));
                    writer.write('\n');
                    rows++;
                }
            }
        }
        writer.flush();
        return rows;
    }

    /** Inserts the rows of a dump into the (empty) table; answers the number of rows. */
    static long load(Connection connection, String table, InputStream in) throws SQLException, IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Header header = JSON.readValue(reader.readLine(), Header.class);
        List<Column> columns = header.columns();
        String sql = "insert into " + table + " (" + String.join(", ", columns.stream().map(Column::name).toList()) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        long rows = 0;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<?> values = JSON.readValue(line, List.class);
                for (int i = 0; i < columns.size(); i++) {
                    bind(insert, i + 1, columns.get(i).kind(), values.get(i));
                }
                insert.addBatch();
                if (++rows % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        restartIdentities(connection, table);
        return rows;
    }

    /** Identity columns continue after the highest restored value. */
    private static void restartIdentities(Connection connection, String table) throws SQLException {
        List<String> identities = new ArrayList<>();
        try (ResultSet columns = connection.getMetaData().getColumns(null, connection.getSchema(), table, "%")) {
            while (columns.next()) {
                if ("YES".equalsIgnoreCase(columns.getString("IS_AUTOINCREMENT"))) {
                    identities.add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        for (String column : identities) {
            long next;
            try (Statement statement = connection.createStatement();
                 ResultSet max = statement.executeQuery("select coalesce(max(" + column + "), 0) + 1 from " + table)) {
                max.next();
                next = max.getLong(1);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("alter table " + table + " alter column " + column + " restart with " + next);
            }
        }
    }

    private static String orderOf(Connection connection, String table) throws SQLException {
        Map<Integer, String> key = new java.util.TreeMap<>();
        try (ResultSet pk = connection.getMetaData().getPrimaryKeys(null, connection.getSchema(), table)) {
            while (pk.next()) {
                key.put(pk.getInt("KEY_SEQ"), pk.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return key.isEmpty() ? "1" : String.join(", ", key.values());
    }

    private static String kind(int type, String typeName) {
        String name = typeName.toLowerCase(Locale.ROOT);
        return switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> "integer";
            case Types.NUMERIC, Types.DECIMAL -> "decimal";
            case Types.BOOLEAN, Types.BIT -> "boolean";
            case Types.TIMESTAMP_WITH_TIMEZONE -> "instant";
            case Types.TIMESTAMP -> name.contains("tz") || name.contains("time zone") ? "instant" : "timestamp";
            case Types.DATE -> "date";
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> "bytes";
            default -> "text";
        };
    }

    private static Object read(ResultSet rs, int i, String kind) throws SQLException {
        Object value = switch (kind) {
            case "integer" -> rs.getObject(i) == null ? null : rs.getLong(i);
            case "decimal" -> rs.getBigDecimal(i) == null ? null : rs.getBigDecimal(i).toPlainString();
            case "boolean" -> rs.getObject(i) == null ? null : rs.getBoolean(i);
            case "instant" -> rs.getObject(i, OffsetDateTime.class);
            case "timestamp" -> rs.getObject(i, LocalDateTime.class);
            case "date" -> rs.getObject(i, LocalDate.class);
            case "bytes" -> rs.getBytes(i) == null ? null : Base64.getEncoder().encodeToString(rs.getBytes(i));
            default -> rs.getString(i);
        };
        return value == null || value instanceof String || value instanceof Number || value instanceof Boolean ? value : value.toString();
    }

    private static void bind(PreparedStatement insert, int i, String kind, Object value) throws SQLException {
        if (value == null) {
            insert.setObject(i, null);
            return;
        }
        switch (kind) {
            case "integer" -> insert.setLong(i, ((Number) value).longValue());
            case "decimal" -> insert.setBigDecimal(i, new BigDecimal((String) value));
            case "boolean" -> insert.setBoolean(i, (Boolean) value);
            case "instant" -> insert.setObject(i, OffsetDateTime.parse((String) value));
            case "timestamp" -> insert.setObject(i, LocalDateTime.parse((String) value));
            case "date" -> insert.setObject(i, LocalDate.parse((String) value));
            case "bytes" -> insert.setBytes(i, Base64.getDecoder().decode((String) value));
            default -> insert.setString(i, (String) value);
        }
    }
}
