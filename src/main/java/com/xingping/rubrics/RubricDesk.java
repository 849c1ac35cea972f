package com.xingping.rubrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.audit.AuditLog;
import com.xingping.identity.CurrentUser;
import com.xingping.kernel.Conflict;
import com.xingping.kernel.NotFound;
import com.xingping.kernel.Refusal;
import com.xingping.rubric.Rubric;
import com.xingping.rubrics.RubricProblems.Problem;
import com.xingping.scoring.cases.CaseTables;

/**
 * The committee's drafts of a rubric: drafted from a stored one, edited until it is right (its problems,
 * element table, diff and case tables shown on the way), then issued, frozen with its version and hash.
 * Every change is audited in its transaction.
 */
@Service
class RubricDesk {
    static final int MAX_CHARACTERS = 200_000;
    private static final Pattern ID_LINE = Pattern.compile("(?m)^id:\\s*([a-z0-9][a-z0-9-]{0,63})\\s*(#.*)?$");
    private final StoredRubricRows rows;
    private final AuditLog audit;
    private final Clock clock;
    private final List<CaseTables.CaseFile> cases;

    RubricDesk(StoredRubricRows rows, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
        this.cases = shippedCases();
    }

    /** Every stored rubric, drafts and issued, newest first. */
    List<StoredRubric> all() {
        return rows.findAllByOrderByIdDesc();
    }

    StoredRubric get(Long id) {
        return rows.findById(id).orElseThrow(() -> new NotFound("细则 " + id));
    }

    List<Problem> problems(StoredRubric row) {
        return RubricProblems.of(row.yamlText());
    }

    /** The changes from the rubric it was drafted from; empty when there is none or either has problems. */
    List<RubricDiff.Change> diff(StoredRubric row) {
        if (row.draftedFrom() == null) {
            return List.of();
        }
        Rubric after = RubricProblems.rubricOrNull(row.yamlText());
        Rubric before = RubricProblems.rubricOrNull(get(row.draftedFrom()).yamlText());
        return after == null || before == null ? List.of() : RubricDiff.between(before, after);
    }

    List<ElementRows.Row> elements(StoredRubric row) {
        Rubric rubric = RubricProblems.rubricOrNull(row.yamlText());
        return rubric == null ? List.of() : ElementRows.of(rubric);
    }

    /** The shipped case tables run against the stored text; refused while the text has problems. */
    List<CaseTables.Outcome> runCases(StoredRubric row) {
        Rubric rubric = RubricProblems.rubricOrNull(row.yamlText());
        if (rubric == null) {
            throw new Refusal("yaml", "细则还有问题，先改正再运行测试");
        }
        return CaseTables.run(rubric, cases);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public StoredRubric draft(CurrentUser by, Long fromId) {
        if (fromId == null) {
            throw new Refusal("from", "请选择起草所依据的细则");
        }
        StoredRubric from = rows.findById(fromId).orElseThrow(() -> new Refusal("from", "没有细则 " + fromId));
        StoredRubric saved = rows.save(StoredRubric.draft(from.rubricId(), from.yamlText(), from.id(), by.username(), Instant.now(clock)));
        audit.record("rubric.drafted", "rubric", saved.id(), from.summary(), saved.summary());
        return saved;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public StoredRubric update(Long id, String text, Integer expectedVersion) {
        if (text == null || text.isBlank()) {
            throw new Refusal("yaml", "细则内容不能为空");
        }
        if (text.length() > MAX_CHARACTERS) {
            throw new Refusal("yaml", "细则内容不超过 " + MAX_CHARACTERS + " 个字符（现有 " + text.length() + " 个）");
        }
        StoredRubric before = draftRow(id, expectedVersion);
        StoredRubric after = rows.save(before.edited(rubricId(text, before.rubricId()), text));
        audit.record("rubric.draft.edited", "rubric", id, before.summary(), after.summary());
        return after;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public StoredRubric issue(CurrentUser by, Long id, Integer expectedVersion) {
        StoredRubric before = draftRow(id, expectedVersion);
        List<Problem> problems = problems(before);
        if (!problems.isEmpty()) {
            Problem first = problems.get(0);
            throw new Refusal("yaml", "细则还有 " + problems.size() + " 处问题，不能印发（第一处："
                    + (first.field().isEmpty() ? "" : first.field() + "：") + first.reason() + "）");
        }
        StoredRubric after;
        try {
            after = rows.save(before.issued(rows.lastVersion(before.rubricId()) + 1, by.username(), Instant.now(clock)));
        } catch (DuplicateKeyException e) {
            throw new Conflict("version", "细则 " + before.rubricId() + " 刚由他人印发了同一版本号，请刷新后再印发");
        }
        audit.record("rubric.issued", "rubric", id, before.summary(), after.summary());
        return after;
    }

    private StoredRubric draftRow(Long id, Integer expectedVersion) {
        StoredRubric row = get(id);
        if (!row.isDraft()) {
            throw new Conflict("state", "细则 " + row.rubricId() + " 第 " + row.rubricVersion() + " 版已印发，不能再修改");
        }
        if (expectedVersion != null && !expectedVersion.equals(row.version())) {
            throw new OptimisticLockingFailureException("这份草稿已由他人修改，请刷新后再改");
        }
        return row;
    }

    /** The id the text gives itself when the loader takes it, else its {@code id:} line, else the one it had. */
    private static String rubricId(String text, String had) {
        Rubric rubric = RubricProblems.rubricOrNull(text);
        if (rubric != null && rubric.id().length() <= 64) {
            return rubric.id();
        }
        Matcher line = ID_LINE.matcher(text);
        return line.find() ? line.group(1) : had;
    }

    private static List<CaseTables.CaseFile> shippedCases() {
        List<CaseTables.CaseFile> files = new ArrayList<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:rubric-cases/*.yaml")) {
                files.add(new CaseTables.CaseFile(file.getFilename(), file.getContentAsString(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort((a, b) -> a.name().compareTo(b.name()));
        return List.copyOf(files);
    }
}
