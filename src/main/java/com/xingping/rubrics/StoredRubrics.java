package com.xingping.rubrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.xingping.kernel.NotFound;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricException;
import com.xingping.rubric.RubricLoader;

/**
 * The issued rubrics years are opened on and scored by. An issued row never changes, so each is parsed
 * once per instance. The bundled files are stored as issued rubrics when absent: the same text (same
 * hash) under the same id is the same row, a changed file the next version.
 */
@Service
public class StoredRubrics {
    static final String BUNDLED_BY = "system";
    private final StoredRubricRows rows;
    private final TransactionTemplate apart;
    private final Clock clock;
    private final Map<Long, Rubric> parsed = new ConcurrentHashMap<>();

    StoredRubrics(StoredRubricRows rows, PlatformTransactionManager transactions, Clock clock) {
        this.rows = rows;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** An issued rubric as a year names it: its row, rubric id, version and hash. */
    public record Issued(Long id, String rubricId, int version, String sha256, int year, String title) {
        public String label() {
            return year + " · " + title + "（" + rubricId + " 第 " + version + " 版）";
        }
    }

    /** The issued rubric stored as row {@code id}, parsed. */
    public Rubric rubric(Long id) {
        return parsed.computeIfAbsent(id, key -> RubricLoader.parse(issuedRow(key).yamlText(), "stored rubric " + key));
    }

    public Issued issued(Long id) {
        return issued(issuedRow(id));
    }

    /** The exact text of issued rubric {@code id}: what a publication keeps. */
    public String text(Long id) {
        return issuedRow(id).yamlText();
    }

    /** Every issued rubric, the newest year first. */
    public List<Issued> issued() {
        return rows.findAllByOrderByIdDesc().stream().filter(row -> !row.isDraft()).map(this::issued)
                .sorted(Comparator.comparingInt(Issued::year).reversed().thenComparing(Comparator.comparingInt(Issued::version).reversed()))
                .toList();
    }

    /** The latest issued version of {@code rubricId}, if any. */
    public Optional<Issued> latest(String rubricId) {
        return rows.findFirstByRubricIdAndStateOrderByRubricVersionDesc(rubricId, StoredRubric.State.ISSUED).map(this::issued);
    }

    /** The bundled file {@code rubricId} as an issued rubric, stored first if absent (in a transaction of its own). */
    public Issued bundled(String rubricId) {
        String text = RubricLoader.bundledText(rubricId);
        try {
            StoredRubric row = apart.execute(status -> rows.findFirstByRubricIdAndSha256AndState(rubricId, Sha256.of(text), StoredRubric.State.ISSUED)
                    .orElseGet(() -> store(rubricId, text)));
            return issued(row);
        } catch (DuplicateKeyException another) {
            // another instance stored it at the same moment: its row is the one
            return issued(rows.findFirstByRubricIdAndSha256AndState(rubricId, Sha256.of(text), StoredRubric.State.ISSUED).orElseThrow(() -> another));
        }
    }

    /** Stores every bundled file that is not stored yet. */
    public void storeBundled() {
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:rubrics/*.yaml")) {
                String name = file.getFilename();
                if (name != null) {
                    bundled(name.substring(0, name.length() - ".yaml".length()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StoredRubric store(String rubricId, String text) {
        Instant now = Instant.now(clock);
        StoredRubric draft = StoredRubric.draft(rubricId, text, null, BUNDLED_BY, now);
        return rows.save(draft.issued(rows.lastVersion(rubricId) + 1, BUNDLED_BY, now));
    }

    private StoredRubric issuedRow(Long id) {
        StoredRubric row = rows.findById(id).orElseThrow(() -> new NotFound("细则 " + id));
        if (row.isDraft()) {
            throw new RubricException("stored rubric " + id, List.of("is a draft, not issued"));
        }
        return row;
    }

    private Issued issued(StoredRubric row) {
        Rubric rubric = rubric(row.id());
        return new Issued(row.id(), row.rubricId(), row.rubricVersion(), row.sha256(), rubric.year(), rubric.title());
    }
}
