package com.xingping.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.audit.AuditLog;
import com.xingping.facts.CommitteeFact;
import com.xingping.facts.CommitteeSeeds;
import com.xingping.facts.FactKind;
import com.xingping.facts.FactState;
import com.xingping.identity.AccountForm;
import com.xingping.identity.AccountRegistry;
import com.xingping.identity.Role;
import com.xingping.reporting.ActivityRecord;
import com.xingping.reporting.NamedParts;
import com.xingping.reporting.RecordSeeds;
import com.xingping.reporting.RecordState;
import com.xingping.roster.MemberRole;
import com.xingping.roster.RosterMember;
import com.xingping.roster.RosterSeeds;
import com.xingping.rubric.Element;
import com.xingping.rubric.ElementKind;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricLoader;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitRegistry;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/**
 * Seeds the demo city once, on a database without units: thirteen departments with a reporter each,
 * a reviewer and a leader, the 2018 year open on shaoxing-2018, rosters, and a year of records in
 * every state (drafts, awaiting review, approved, returned with a reason, rejected, one found false), with a few
 * photos and a participants list that the integrity signals flag.
 * Deterministic: the same city every time.
 */
@Component
@Profile("demo")
@Order(1)
class DemoData implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "朱", "马", "胡", "郭"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "霞", "平"};

    private final UnitRegistry units;
    private final AccountRegistry accounts;
    private final YearRegistry years;
    private final RecordSeeds records;
    private final RosterSeeds roster;
    private final CommitteeSeeds facts;
    private final AuditLog audit;
    private final Clock clock;

    DemoData(UnitRegistry units, AccountRegistry accounts, YearRegistry years, RecordSeeds records, RosterSeeds roster,
             CommitteeSeeds facts, AuditLog audit, Clock clock) {
        this.units = units;
        this.accounts = accounts;
        this.years = years;
        this.records = records;
        this.roster = roster;
        this.facts = facts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!units.all().isEmpty()) {
            return;
        }
        Instant now = Instant.now(clock);
        Rubric rubric = RubricLoader.bundled("shaoxing-2018");
        AssessmentYear year = years.byYear(rubric.year()).orElseGet(() -> years.seed(AssessmentYear.open(rubric, now)));
        accounts.createSeeded(new AccountForm("shenhe", "林审核", Role.REVIEWER, null, DemoCity.PASSWORD));
        accounts.createSeeded(new AccountForm("lingdao", "高领导", Role.LEADER, null, DemoCity.PASSWORD));
        accounts.createSeeded(new AccountForm("shenji", "沈审计", Role.AUDITOR, null, DemoCity.PASSWORD));
        accounts.createSeeded(new AccountForm("anquan", "安保国", Role.SECURITY, null, DemoCity.PASSWORD));
        Random random = new Random(2018);
        int seeded = 0;
        Map<String, List<ActivityRecord>> filed = new HashMap<>();
        for (DemoCity.Department department : DemoCity.DEPARTMENTS) {
            boolean model = DemoCity.MODELS.contains(department.code());
            Unit unit = units.seed(Unit.create(department.code(), department.name(), department.inTargetAssessment(),
                    department.committeeOwn(), now));
            accounts.createSeeded(new AccountForm(department.reporter(), department.reporterName(), Role.REPORTER, unit.id(),
                    DemoCity.PASSWORD));
            seedRoster(unit, year, model, random);
            List<ActivityRecord> unitRecords = seedRecords(unit, year, rubric, department.reporter(), model, random, now);
            filed.put(department.code(), unitRecords);
            seeded += unitRecords.size();
            seedCommitteeFacts(unit, year, model, random, now);
        }
        seedPhotos(filed, now);
        audit.record("demo.seeded", "year", year.id(), null,
                Map.of("units", DemoCity.DEPARTMENTS.size(), "records", seeded));
        log.info("Demo city seeded: {} units, {} records; every account's password is '{}'",
                DemoCity.DEPARTMENTS.size(), seeded, DemoCity.PASSWORD);
    }

    private void seedRoster(Unit unit, AssessmentYear year, boolean model, Random random) {
        int size = 8 + random.nextInt(25);
        List<RosterMember> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            boolean leadership = i < 3;
            int hours = (leadership ? 30 + random.nextInt(20) : 16 + random.nextInt(20)) + (model ? 12 : 0);
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                    + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
            members.add(new RosterMember(null, unit.id(), year.id(), name,
                    leadership ? MemberRole.LEADERSHIP : MemberRole.ORDINARY, BigDecimal.valueOf(hours), null));
        }
        roster.seed(members);
    }

    private List<ActivityRecord> seedRecords(Unit unit, AssessmentYear year, Rubric rubric, String reporter, boolean model,
                                             Random random, Instant now) {
        List<ActivityRecord> seeded = new ArrayList<>();
        String participants = unit.code().equals(DemoCity.SAME_PARTICIPANTS) ? DemoCity.PARTICIPANTS : "全体党员";
        double diligence = model ? 1.0 : 0.5 + random.nextDouble() * 0.45;
        for (Element element : rubric.elements()) {
            if (!element.kind().reportedByUnits() || random.nextDouble() > diligence) {
                continue;
            }
            int occurrences = element.kind() != ElementKind.COUNT ? 1
                    : model ? maxUseful(element) + 1 + random.nextInt(2) : 1 + random.nextInt(maxUseful(element) + 2);
            for (int i = 0; i < occurrences; i++) {
                seeded.add(records.seed(record(unit, year, element, reporter, participants, i, model, random, now)));
            }
        }
        return seeded;
    }

    /** What the committee knows of a unit by December: its ASSESS score, 业绩优 facts, a few penalties and 加分. */
    private void seedCommitteeFacts(Unit unit, AssessmentYear year, boolean model, Random random, Instant now) {
        LocalDate december = year.windowEnd().minusDays(5);
        List<CommitteeFact> known = new ArrayList<>();
        known.add(fact(unit, year, FactKind.ASSESSED, "norms-1d", null, BigDecimal.valueOf(model ? 11 + random.nextInt(2) : 6 + random.nextInt(7), 0)
                .divide(BigDecimal.valueOf(2)), null, null, null, december, "“三级书记”责任清单执行情况评定", now));
        known.add(fact(unit, year, FactKind.PERFORMANCE, "target", null, null, null, model || random.nextInt(10) < 7, null,
                december, "目标责任制考核结果", now));
        known.add(fact(unit, year, FactKind.PERFORMANCE, "leadership", null, null, null, model || random.nextInt(10) < 8, null,
                december, "领导班子年度综合研判", now));
        boolean rated = !unit.committeeOwn() && unit.inTargetAssessment();
        known.add(fact(unit, year, FactKind.PERFORMANCE, "conduct", null,
                rated ? BigDecimal.valueOf((model ? 9300 : 8200) + random.nextInt(model ? 600 : 1500), 2) : null, null, rated ? null : Boolean.TRUE,
                null, december, rated ? "行风评议结果" : "未参加行风评议，工委研究认定", now));
        if (!model && random.nextInt(4) == 0) {
            known.add(fact(unit, year, FactKind.PENALTY, "study-2b", "criticized", null, 1, null, null,
                    year.windowStart().plusDays(120), "周一夜学缺勤被通报批评", now));
        }
        if (!model && random.nextInt(6) == 0) {
            known.add(fact(unit, year, FactKind.BASELINE, "service-B1", null, BigDecimal.ONE, null, null, null,
                    year.windowStart().plusDays(200), "因工作人员主观原因引发服务对象投诉并查实", now));
        }
        if (random.nextInt(3) == 0) {
            known.add(fact(unit, year, FactKind.COMMENDATION, null, random.nextBoolean() ? "provincial" : "municipal", null,
                    null, null, unit.name() + "机关党建品牌", year.windowStart().plusDays(150), "党群工作成绩显著受表彰", now));
        }
        known.add(fact(unit, year, FactKind.INSPECTION, "year", random.nextInt(3) == 0 ? "excellent" : "good", null, null,
                null, null, december, "“一季一督查”年度综合评价", now));
        facts.seed(known);
    }

    private static CommitteeFact fact(Unit unit, AssessmentYear year, FactKind kind, String subject, String item,
                                      BigDecimal amount, Integer times, Boolean flag, String project, LocalDate date,
                                      String reason, Instant now) {
        return new CommitteeFact(null, year.id(), unit.id(), kind, subject, item, amount, times, flag, project, date,
                "绍市机工委〔2018〕演示", reason, FactState.ACTIVE, null, "admin", now, null, null, null, null, null);
    }

    private static int maxUseful(Element element) {
        return element.max().divide(element.each(), java.math.RoundingMode.CEILING).intValue();
    }

    /**
     * A few photos that the committee's 材料比对 page flags once the platform has caught up with them: one meeting
     * photo filed by two departments, a smaller copy of it by a third, a photo taken in 2016; and a fourth photo
     * that matches nothing.
     */
    private void seedPhotos(Map<String, List<ActivityRecord>> filed, Instant now) {
        record Photo(String department, String file) {
        }
        for (Photo photo : List.of(new Photo("JYJ", "meeting.jpg"), new Photo("SWJ", "meeting.jpg"),
                new Photo("STJ", "meeting-small.jpg"), new Photo("RSJ", "study.jpg"), new Photo("CZJ", "service.jpg"))) {
            ActivityRecord record = filed.get(photo.department()).stream().filter(r -> r.state() != RecordState.DRAFT)
                    .findFirst().orElseThrow();
            records.attach(record, "IMG_" + record.activityDate().toString().replace("-", "") + ".jpg", demoPhoto(photo.file()), now);
        }
    }

    private static byte[] demoPhoto(String file) {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/photos/" + file)) {
            if (in == null) {
                throw new IllegalStateException("demo photo missing: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ActivityRecord record(Unit unit, AssessmentYear year, Element element, String reporter, String participants,
                                         int index, boolean model, Random random, Instant now) {
        LocalDate date = year.windowStart().plusDays(10 + random.nextInt(330));
        String level = element.kind() == ElementKind.TIER
                ? element.levels().get(model ? 0 : random.nextInt(element.levels().size())).id() : null;
        BigDecimal rate = element.kind() == ElementKind.THRESHOLD
                ? BigDecimal.valueOf(model ? 70 + random.nextInt(25) : 35 + random.nextInt(60), 2) : null;
        ActivityRecord.Content content = new ActivityRecord.Content(
                element.name() + (index > 0 ? "（第" + (index + 1) + "次）" : ""), date, unit.name() + "会议室",
                participants, "按照细则要求开展" + element.name() + "，有记录、有照片。", level, rate,
                NamedParts.filling(element, index));
        ActivityRecord draft = ActivityRecord.draft(year.id(), unit.id(), element.id(), content, reporter, now);
        if (model) {
            // a model unit's records are approved as they come; the last of a series still awaits review
            boolean latest = element.kind() == ElementKind.COUNT && index >= maxUseful(element);
            return latest ? draft.submit(now) : draft.submit(now).approve("shenhe", now);
        }
        int roll = random.nextInt(100);
        if (roll < 8) {
            return draft;
        }
        ActivityRecord submitted = draft.submit(now);
        if (roll < 22) {
            return submitted;
        }
        if (roll < 28) {
            return submitted.returnForChanges("shenhe", "佐证材料不全，请补充会议记录照片后重新提交。", now);
        }
        if (roll < 32) {
            return submitted.reject("shenhe", "活动内容与该项标准不符。", now);
        }
        ActivityRecord approved = submitted.approve("shenhe", now);
        return roll == 99 ? approved.markFalsified("督查发现会议记录系事后补写，签到表与实际不符。") : approved;
    }
}
