package com.xingping.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.xingping.results.Standings.Standing;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricLoader;
import com.xingping.scoring.UnitResult;
import com.xingping.scoring.YearResult;

/**
 * Gives a publication from before V9 what later ones store when published: the rubric text and one
 * row per unit. Lines are read from its frozen output document and records from its records
 * document; the rest of each sheet (explanations, withholdings, baseline deductions, the 加分 cap,
 * 行风评议 mean and cut-off), as its pages used to, from its input document scored again, once, with
 * the rubric bundled now, which is also the text it keeps (the one it was scored with was not kept).
 * At start-up, and on first read of one not yet indexed.
 */
@Component
class PublicationIndex implements ApplicationRunner {
    private final PublicationUnits units;
    private final TransactionTemplate newTransaction;

    PublicationIndex(PublicationUnits units, PlatformTransactionManager transactions) {
        this.units = units;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void run(ApplicationArguments args) {
        units.withoutRows().forEach(this::index);
    }

    /** In a transaction of its own; another instance indexing the same publication waits, then leaves it. */
    void index(Long publicationId) {
        newTransaction.executeWithoutResult(status -> {
            PublicationUnits.Documents documents = units.documents(publicationId);
            if (!units.claim(publicationId, RubricLoader.bundledText(documents.rubricId()))) {
                return;
            }
            Rubric rubric = RubricLoader.bundled(documents.rubricId());
            Standings lines = Standings.parse(documents.output());
            YearResult rescored = Snapshot.score(documents.input());
            Map<String, Map<String, List<RecordRef>>> records = RecordsDocument.read(documents.records());
            Map<String, BigDecimal> medians = lines.medians(rubric);
            List<PublicationUnits.Row> rows = new ArrayList<>();
            for (Standing line : lines.units()) {
                UnitResult result = rescored.unit(line.id()).orElseThrow();
                rows.add(new PublicationUnits.Row(line, UnitDetail.of(rubric, rescored, result, medians,
                        records.getOrDefault(line.id(), Map.of()))));
            }
            units.insert(publicationId, rows);
        });
    }
}
