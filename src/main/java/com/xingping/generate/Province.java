package com.xingping.generate;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import javax.imageio.ImageIO;
import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.xingping.audit.AuditLog;
import com.xingping.identity.Account;
import com.xingping.identity.Role;
import com.xingping.kernel.Refusal;
import com.xingping.reporting.ActivityRecord;
import com.xingping.reporting.BulkEvidence;
import com.xingping.reporting.Evidence;
import com.xingping.reporting.RecordState;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricLoader;
import com.xingping.scorecard.StandingsRebuild;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

import tools.jackson.databind.json.JsonMapper;

/**
 * Fills an empty database with a year of a province: units G0001…, a reporter each (user name the
 * code in lower case) and the administrator {@code admin}, all with one password (hashed once);
 * rosters; records in every state with evidence on one in ten filed ones; the committee's facts;
 * the audit entries the platform would have written; then the year's standings, built from the
 * rows. All in one transaction: a failure leaves the database as it was.
 */
@Component
class Province {
    static final String RUBRIC = "shaoxing-2018";
    private static final int UNITS_PER_CHUNK = 50;
    private static final int EVIDENCE_EVERY = 10;
    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    /** What to generate. */
    record Plan(int units, int recordsPerUnit, long seed, String password) {
    }

    /** What was written. */
    record Summary(int year, int units, long records, Map<RecordState, Long> states, long falsified, long evidence,
                   long members, long facts, long auditEntries, Duration took) {
    }

    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final YearRegistry years;
    private final BulkEvidence evidence;
    private final StandingsRebuild standings;
    private final AuditLog audit;
    private final PasswordEncoder encoder;
    private final Clock clock;

    Province(DataSource dataSource, PlatformTransactionManager transactions, YearRegistry years, BulkEvidence evidence,
             StandingsRebuild standings, AuditLog audit, PasswordEncoder encoder, Clock clock) {
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.years = years;
        this.evidence = evidence;
        this.standings = standings;
        this.audit = audit;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** Generates the year, or refuses (a {@link Refusal} naming the reason) having written nothing. */
    Summary generate(Plan plan, Consumer<String> progress) {
        long started = System.nanoTime();
        Summary summary = transaction.execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                return new Run(plan, connection, progress).fill();
            } catch (SQLException e) {
                throw new IllegalStateException("generate: " + e.getMessage(), e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
        return new Summary(summary.year(), summary.units(), summary.records(), summary.states(), summary.falsified(),
                summary.evidence(), summary.members(), summary.facts(), summary.auditEntries(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** One generation, inside its transaction. */
    private final class Run {
        private final Plan plan;
        private final Connection connection;
        private final Consumer<String> progress;
        private final SplittableRandom random;
        private final Instant now = Instant.now(clock);
        private final Map<RecordState, Long> states = new EnumMap<>(RecordState.class);
        private final List<byte[]> photos = photos();
        private long records;
        private long falsified;
        private long files;
        private long members;
        private long facts;
        private long auditEntries;
        private long lastProgress = System.nanoTime();

        Run(Plan plan, Connection connection, Consumer<String> progress) {
            this.plan = plan;
            this.connection = connection;
            this.progress = progress;
            this.random = new SplittableRandom(plan.seed());
        }

        Summary fill() throws SQLException {
            long existing = single("select count(*) from unit");
            if (existing > 0) {
                throw new Refusal("database", "the database already holds " + existing
                        + " units; generate fills an empty database only");
            }
            Rubric rubric = RubricLoader.bundled(RUBRIC);
            AssessmentYear year = openYear(rubric);
            String hash = encoder.encode(plan.password());
            admin(hash);
            List<Unit> units = units();
            Map<Long, String> reporters = reporters(units, hash);
            Activities activities = new Activities(rubric, year, random);
            BulkEvidence.Batch batch = evidence.begin();
            try (Inserts recordRows = new Inserts(connection, "activity_record", "year_id", "unit_id", "element_id", "title",
                    "activity_date", "place", "participants", "description", "tier_level", "rate", "part", "state", "review_reason",
                    "falsified", "falsified_reason", "created_by", "created_at", "submitted_at", "reviewed_by", "reviewed_at");
                 Inserts memberRows = new Inserts(connection, "member", "unit_id", "year_id", "name", "role", "study_hours");
                 Inserts factRows = new Inserts(connection, "committee_fact", "year_id", "unit_id", "kind", "subject", "item",
                         "amount", "times", "flag", "project", "fact_date", "reference", "reason", "state", "entered_by",
                         "entered_at");
                 Inserts evidenceRows = new Inserts(connection, "evidence", "record_id", "original_name", "stored_name",
                         "content_type", "size_bytes", "sha256", "uploaded_by", "uploaded_at");
                 Inserts auditRows = auditRows()) {
                for (int from = 0; from < units.size(); from += UNITS_PER_CHUNK) {
                    List<Unit> chunk = units.subList(from, Math.min(units.size(), from + UNITS_PER_CHUNK));
                    List<ActivityRecord> filed = new ArrayList<>();
                    for (Unit unit : chunk) {
                        roster(memberRows, auditRows, unit, year);
                        committee(factRows, unit, year);
                        filed.addAll(activities.of(unit.id(), unit.name(), reporters.get(unit.id()), plan.recordsPerUnit()));
                    }
                    for (ActivityRecord record : filed) {
                        recordRows.add(year.id(), record.unitId(), record.elementId(), record.title(), record.activityDate(),
                                record.place(), record.participants(), record.description(), record.tierLevel(), record.rate(), record.part(),
                                record.state().name(), record.reviewReason(), record.falsified(), record.falsifiedReason(),
                                record.createdBy(), record.createdAt(), record.submittedAt(), record.reviewedBy(),
                                record.reviewedAt());
                    }
                    recordRows.flush();
                    memberRows.flush();
                    factRows.flush();
                    auditFacts(auditRows, year, chunk);
                    List<Long> ids = ids("activity_record", year, chunk);
                    if (ids.size() != filed.size()) {
                        throw new IllegalStateException("wrote " + filed.size() + " records, found " + ids.size());
                    }
                    for (int i = 0; i < filed.size(); i++) {
                        ActivityRecord record = withId(filed.get(i), ids.get(i));
                        counted(record);
                        auditRows.add(Activities.lastStepAt(record), Activities.lastStepBy(record), null,
                                Activities.action(record), "record", record.id(), null, JSON.writeValueAsString(record));
                        if (record.state() != RecordState.DRAFT && records % EVIDENCE_EVERY == 0) {
                            Evidence file = batch.add(record.id(), "IMG_" + record.activityDate().toString().replace("-", "")
                                    + "_" + (1000 + random.nextInt(9000)) + ".png", photos.get(random.nextInt(photos.size())),
                                    record.createdBy(), record.createdAt());
                            evidenceRows.add(file.recordId(), file.originalName(), file.storedName(), file.contentType(),
                                    file.sizeBytes(), file.sha256(), file.uploadedBy(), file.uploadedAt());
                            files++;
                        }
                    }
                    evidenceRows.flush();
                    auditRows.flush();
                    note(from + chunk.size());
                }
            }
            progress.accept("generate: building the standings of " + units.size() + " units");
            standings.rescore(year.year());
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("units", units.size());
            summary.put("records", records);
            summary.put("seed", plan.seed());
            audit.record("province.generated", "year", year.id(), null, summary);
            auditEntries += 2;
            return new Summary(year.year(), units.size(), records, states, falsified, files, members, facts, auditEntries,
                    Duration.ZERO);
        }

        private AssessmentYear openYear(Rubric rubric) {
            AssessmentYear year = years.byYear(rubric.year()).orElse(null);
            if (year != null && !year.isOpen()) {
                throw new Refusal("year", "the year " + rubric.year() + " is closed; generate fills an open year");
            }
            if (year == null) {
                year = years.seed(AssessmentYear.open(rubric, now));
                audit.record("year.opened", "year", year.id(), null, year);
                auditEntries++;
            }
            return year;
        }

        /** The administrator takes the password too (the platform's first start may have made it already). */
        private void admin(String hash) throws SQLException {
            Account admin = Account.create("admin", hash, "系统管理员", Role.ADMIN, null, false, now);
            try (PreparedStatement update = connection.prepareStatement("update app_user set password_hash = ?,"
                    + " must_change_password = false, enabled = true, version = version + 1 where username = 'admin'")) {
                update.setString(1, hash);
                if (update.executeUpdate() == 1) {
                    audit("account.password-changed", "account", single("select id from app_user where username = 'admin'"),
                            admin.auditView());
                    return;
                }
            }
            try (Inserts account = new Inserts(connection, "app_user", "username", "password_hash", "display_name", "role",
                    "unit_id", "enabled", "must_change_password", "created_at")) {
                account.add("admin", hash, admin.displayName(), Role.ADMIN.name(), null, true, false, now);
                account.flush();
            }
            audit("account.created", "account", single("select id from app_user where username = 'admin'"), admin.auditView());
        }

        private List<Unit> units() throws SQLException {
            try (Inserts rows = new Inserts(connection, "unit", "code", "name", "in_target_assessment", "committee_own", "active",
                    "created_at")) {
                for (int i = 1; i <= plan.units(); i++) {
                    rows.add(Names.code(i, plan.units()), Names.department(i), random.nextDouble() < 0.9, i == 1, true, now);
                }
                rows.flush();
            }
            List<Unit> units = new ArrayList<>(plan.units());
            try (PreparedStatement select = connection.prepareStatement("select id, code, name, in_target_assessment,"
                    + " committee_own from unit order by code"); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    units.add(new Unit(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getBoolean(4),
                            rows.getBoolean(5), true, now, 0));
                }
            }
            try (Inserts auditRows = auditRows()) {
                for (Unit unit : units) {
                    auditRows.add(now, "system", null, "unit.created", "unit", unit.id(), null, JSON.writeValueAsString(unit));
                    auditEntries++;
                }
                auditRows.flush();
            }
            return units;
        }

        /** Each unit's reporter, by unit id; user name the unit's code in lower case. */
        private Map<Long, String> reporters(List<Unit> units, String hash) throws SQLException {
            Map<Long, String> reporters = new LinkedHashMap<>();
            Map<Long, Account> accounts = new LinkedHashMap<>();
            List<String> taken = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select username from app_user");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    taken.add(rows.getString(1));
                }
            }
            try (Inserts rows = new Inserts(connection, "app_user", "username", "password_hash", "display_name", "role",
                    "unit_id", "enabled", "must_change_password", "created_at")) {
                for (Unit unit : units) {
                    String username = unit.code().toLowerCase(java.util.Locale.ROOT);
                    if (taken.contains(username)) {
                        throw new Refusal("database", "an account named " + username + " already exists");
                    }
                    Account account = Account.create(username, hash, Names.person(random), Role.REPORTER, unit.id(), false, now);
                    rows.add(username, hash, account.displayName(), Role.REPORTER.name(), unit.id(), true, false, now);
                    reporters.put(unit.id(), username);
                    accounts.put(unit.id(), account);
                }
                rows.flush();
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "select id, unit_id from app_user where role = 'REPORTER' order by unit_id");
                 ResultSet rows = select.executeQuery(); Inserts auditRows = auditRows()) {
                while (rows.next()) {
                    Account account = accounts.get(rows.getLong(2));
                    auditRows.add(now, "system", null, "account.created", "account", rows.getLong(1), null,
                            JSON.writeValueAsString(account.auditView()));
                    auditEntries++;
                }
                auditRows.flush();
            }
            return reporters;
        }

        /** 8–40 members, three of them the leadership, study hours around the 24 / 40 hours asked of them. */
        private void roster(Inserts rows, Inserts auditRows, Unit unit, AssessmentYear year) throws SQLException {
            int size = 8 + random.nextInt(33);
            List<String> listed = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                boolean leadership = i < 3;
                BigDecimal hours = BigDecimal.valueOf((leadership ? 30 + random.nextInt(20) : 16 + random.nextInt(20)) * 2L
                        + random.nextInt(2), 1).multiply(BigDecimal.valueOf(5)).stripTrailingZeros();
                String name = Names.person(random);
                String role = leadership ? "LEADERSHIP" : "ORDINARY";
                rows.add(unit.id(), year.id(), name, role, hours);
                listed.add(name + "/" + role + "/" + hours.toPlainString());
            }
            members += size;
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("yearId", year.id());
            summary.put("file", "名册-" + unit.code() + ".xlsx");
            summary.put("count", size);
            summary.put("members", listed);
            auditRows.add(now, "system", null, "roster.imported", "roster", unit.id(), null, JSON.writeValueAsString(summary));
            auditEntries++;
        }

        /** What the committee knows of a unit by December, as in the demo city. */
        private void committee(Inserts rows, Unit unit, AssessmentYear year) throws SQLException {
            boolean strong = random.nextDouble() < 0.3;
            LocalDate december = year.windowEnd().minusDays(5);
            fact(rows, unit, year, "ASSESSED", "norms-1d", null, BigDecimal.valueOf(strong ? 11 + random.nextInt(2)
                    : 6 + random.nextInt(7)).divide(BigDecimal.valueOf(2)), null, null, null, december, "“三级书记”责任清单执行情况评定");
            fact(rows, unit, year, "PERFORMANCE", "target", null, null, null, strong || random.nextInt(10) < 7, null, december,
                    "目标责任制考核结果");
            fact(rows, unit, year, "PERFORMANCE", "leadership", null, null, null, strong || random.nextInt(10) < 8, null,
                    december, "领导班子年度综合研判");
            boolean rated = !unit.committeeOwn() && unit.inTargetAssessment();
            fact(rows, unit, year, "PERFORMANCE", "conduct", null,
                    rated ? BigDecimal.valueOf(8200 + random.nextInt(1700), 2) : null, null, rated ? null : Boolean.TRUE, null,
                    december, rated ? "行风评议结果" : "未参加行风评议，工委研究认定");
            if (!strong && random.nextInt(4) == 0) {
                fact(rows, unit, year, "PENALTY", "study-2b", "criticized", null, 1, null, null,
                        year.windowStart().plusDays(120), "周一夜学缺勤被通报批评");
            }
            if (!strong && random.nextInt(6) == 0) {
                fact(rows, unit, year, "BASELINE", "service-B1", null, BigDecimal.ONE, null, null, null,
                        year.windowStart().plusDays(200), "因工作人员主观原因引发服务对象投诉并查实");
            }
            if (random.nextInt(3) == 0) {
                fact(rows, unit, year, "COMMENDATION", null, random.nextBoolean() ? "provincial" : "municipal", null, null, null,
                        unit.name() + "机关党建品牌", year.windowStart().plusDays(150), "党群工作成绩显著受表彰");
            }
            fact(rows, unit, year, "INSPECTION", "year", random.nextInt(3) == 0 ? "excellent" : "good", null, null, null, null,
                    december, "“一季一督查”年度综合评价");
        }

        private void fact(Inserts rows, Unit unit, AssessmentYear year, String kind, String subject, String item,
                          BigDecimal amount, Integer times, Boolean flag, String project, LocalDate date, String reason)
                throws SQLException {
            rows.add(year.id(), unit.id(), kind, subject, item, amount, times, flag, project, date, "省直机关工委〔2018〕生成",
                    reason, "ACTIVE", "admin", now);
            facts++;
        }

        /** One "fact.entered" per committee fact of the chunk's units, with the fact as stored. */
        private void auditFacts(Inserts auditRows, AssessmentYear year, List<Unit> chunk) throws SQLException {
            try (PreparedStatement select = connection.prepareStatement("select id, unit_id, kind, subject, item, amount,"
                    + " times, flag, project, fact_date, reason from committee_fact where year_id = ? and unit_id between ? and ?"
                    + " order by id")) {
                select.setLong(1, year.id());
                select.setLong(2, chunk.get(0).id());
                select.setLong(3, chunk.get(chunk.size() - 1).id());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Map<String, Object> fact = new LinkedHashMap<>();
                        fact.put("id", rows.getLong(1));
                        fact.put("unitId", rows.getLong(2));
                        fact.put("kind", rows.getString(3));
                        fact.put("subject", rows.getString(4));
                        fact.put("item", rows.getString(5));
                        fact.put("amount", rows.getBigDecimal(6));
                        fact.put("times", rows.getObject(7));
                        fact.put("flag", rows.getObject(8));
                        fact.put("project", rows.getString(9));
                        fact.put("factDate", rows.getObject(10, LocalDate.class).toString());
                        fact.put("reason", rows.getString(11));
                        auditRows.add(now, "admin", null, "fact.entered", "fact", rows.getLong(1), null,
                                JSON.writeValueAsString(fact));
                        auditEntries++;
                    }
                }
            }
        }

        /** The ids of the chunk's records, in the order they were written (one writer: ids ascend with each insert). */
        private List<Long> ids(String table, AssessmentYear year, List<Unit> chunk) throws SQLException {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select id from " + table
                    + " where year_id = ? and unit_id between ? and ? order by unit_id, id")) {
                select.setLong(1, year.id());
                select.setLong(2, chunk.get(0).id());
                select.setLong(3, chunk.get(chunk.size() - 1).id());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            return ids;
        }

        private void counted(ActivityRecord record) {
            records++;
            states.merge(record.state(), 1L, Long::sum);
            if (record.falsified()) {
                falsified++;
            }
            auditEntries++;
        }

        private Inserts auditRows() {
            return new Inserts(connection, "audit_event", "occurred_at", "actor", "address", "action", "entity_type", "entity_id",
                    "before_state", "after_state");
        }

        private void audit(String action, String entityType, long entityId, Object after) throws SQLException {
            try (Inserts rows = auditRows()) {
                rows.add(now, "system", null, action, entityType, entityId, null, JSON.writeValueAsString(after));
                rows.flush();
            }
            auditEntries++;
        }

        private long single(String query) throws SQLException {
            try (PreparedStatement select = connection.prepareStatement(query); ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }

        private void note(int unitsDone) {
            long at = System.nanoTime();
            if (unitsDone == plan.units() || at - lastProgress > 2_000_000_000L) {
                lastProgress = at;
                progress.accept(String.format("generate: %,d of %,d units, %,d records, %,d evidence files", unitsDone,
                        plan.units(), records, files));
            }
        }
    }

    private static ActivityRecord withId(ActivityRecord r, long id) {
        return new ActivityRecord(id, r.yearId(), r.unitId(), r.elementId(), r.title(), r.activityDate(), r.place(),
                r.participants(), r.description(), r.tierLevel(), r.rate(), r.part(), r.state(), r.reviewReason(), r.falsified(),
                r.falsifiedReason(), r.createdBy(), r.createdAt(), r.submittedAt(), r.reviewedBy(), r.reviewedAt(), 0);
    }

    /** Sixteen small PNG photos of one colour each (every evidence file is a real, accepted image). */
    private static List<byte[]> photos() {
        List<byte[]> photos = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
            var graphics = image.createGraphics();
            graphics.setColor(Color.getHSBColor(i / 16f, 0.5f, 0.9f));
            graphics.fillRect(0, 0, 32, 24);
            graphics.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ImageIO.write(image, "png", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            photos.add(out.toByteArray());
        }
        return photos;
    }
}
