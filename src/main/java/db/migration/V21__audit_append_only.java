package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, triggers refuse to change or remove audit entries: UPDATE and DELETE on
 * {@code audit_event} (but for sealing an entry written without its hash, the one change the
 * application makes), and TRUNCATE. A trigger binds the table's owner too, which a REVOKE does
 * not (the application's own role usually owns its tables); taking it away needs ALTER TABLE,
 * which the database logs. H2 (development and tests) gets no trigger: its triggers are Java
 * classes on the database's classpath, and the hash chain still shows any change there.
 */
public class V21__audit_append_only extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        if (!context.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("""
                    create function audit_event_append_only() returns trigger language plpgsql as $$
                    begin
                        if tg_op = 'UPDATE' and old.entry_hash is null and new.entry_hash is not null
                           and (new.id, new.occurred_at, new.actor, new.address, new.action, new.entity_type, new.entity_id,
                                new.before_state, new.after_state, new.outcome)
                               is not distinct from
                               (old.id, old.occurred_at, old.actor, old.address, old.action, old.entity_type, old.entity_id,
                                old.before_state, old.after_state, old.outcome) then
                            return new;
                        end if;
                        raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
                    end
                    $$""");
            sql.execute("create trigger audit_event_no_change before update or delete on audit_event"
                    + " for each row execute function audit_event_append_only()");
            sql.execute("create trigger audit_event_no_truncate before truncate on audit_event"
                    + " for each statement execute function audit_event_append_only()");
        }
    }
}
