package com.xingping.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Walks the whole chain in id order and names the first entry that does not hold: no hash, a link
 * that is not the hash of the entry before it (one removed or changed), or content whose hash is not
 * the stored one (changed after it was written). The head must name the last entry (none removed
 * from the end).
 */
@Component
public class AuditVerifier {
    private static final int CHUNK = 2000;
    private final AuditChain chain;
    private final JdbcTemplate jdbc;

    AuditVerifier(AuditChain chain, JdbcTemplate jdbc) {
        this.chain = chain;
        this.jdbc = jdbc;
    }

    /** The first broken entry, if any, of {@code count} entries checked; {@code sealed} were chained first. */
    public record Verdict(long count, long sealed, Broken broken) {
        public boolean intact() {
            return broken == null;
        }
    }

    /** Entry {@code id} (null: the head), written at {@code at}, and what is wrong with it. */
    public record Broken(Long id, Instant at, String problem) {
    }

    /** Seals what was written without a hash (see {@link AuditChain}), then checks every entry. */
    public Verdict verify() {
        long sealed = chain.sealPending();
        return check(sealed);
    }

    Verdict check(long sealed) {
        long count = 0;
        long after = Long.MIN_VALUE;
        String previous = AuditHash.GENESIS;
        Long previousId = null;
        while (true) {
            List<AuditEvent> entries = new ArrayList<>(jdbc.query("select " + AuditChain.COLUMNS + " from audit_event where id > ?"
                    + " order by id limit " + CHUNK, AuditChain.ROWS, after));
            if (entries.isEmpty()) {
                break;
            }
            for (AuditEvent entry : entries) {
                count++;
                String problem = problem(entry, previous, previousId);
                if (problem != null) {
                    return new Verdict(count, sealed, new Broken(entry.id(), entry.at(), problem));
                }
                previous = entry.entryHash();
                previousId = entry.id();
            }
            after = entries.get(entries.size() - 1).id();
        }
        AuditChain.Head head = jdbc.queryForObject("select last_id, last_hash from audit_head where id = 1",
                (rs, n) -> new AuditChain.Head(rs.getObject("last_id", Long.class), rs.getString("last_hash")));
        if (!Objects.equals(head.lastId(), previousId) || !head.lastHash().equals(previous)) {
            return new Verdict(count, sealed, new Broken(null, null, "the chain's head names entry " + head.lastId()
                    + " with hash " + head.lastHash() + ", but the last entry is " + previousId + " with hash " + previous
                    + " (entries at the end were removed, or the head was changed)"));
        }
        return new Verdict(count, sealed, null);
    }

    private static String problem(AuditEvent entry, String previous, Long previousId) {
        if (entry.entryHash() == null) {
            return "it has no hash: it was written outside the chain, below its head";
        }
        if (!previous.equals(entry.previousHash())) {
            return "its previous hash " + entry.previousHash() + " is not the hash " + previous + " of "
                    + (previousId == null ? "the chain's start" : "entry " + previousId)
                    + " (an entry between them was removed, or one of the two hashes was changed)";
        }
        String recomputed = AuditHash.of(entry, entry.previousHash());
        if (!recomputed.equals(entry.entryHash())) {
            return "its content hashes to " + recomputed + ", not to its stored hash " + entry.entryHash()
                    + " (time, account, address, action, object, outcome, before or after was changed after it was written)";
        }
        return null;
    }
}
