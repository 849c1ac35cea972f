package com.xingping.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.xingping.kernel.NotFound;
import com.xingping.reporting.EvidenceAdded;
import com.xingping.reporting.EvidenceRemoved;
import com.xingping.reporting.FiledEvidence;
import com.xingping.reporting.FiledEvidence.FiledFile;
import com.xingping.reporting.FiledEvidence.FiledRecord;
import com.xingping.reporting.RecordChanged;
import com.xingping.reporting.RecordDecided;
import com.xingping.year.YearRegistry;

/**
 * Keeps the stored signals true in the transaction that changes what they are about: a file added to or
 * removed from a record, a record handed in, edited, withdrawn or decided. Each step touches the file's own
 * rows, one digest row, the photos near it (by one read of the year's hashes) and the records of its unit
 * with the same participants list, never the whole year. A record not caught up with yet (stored before
 * V25, or by the {@code generate} command) is caught up with first, as {@link SignalBackfill} would.
 */
@Component
class SignalUpkeep {
    private final SignalTables tables;
    private final FiledEvidence filed;
    private final YearRegistry years;
    private final IntegritySettings settings;

    SignalUpkeep(SignalTables tables, FiledEvidence filed, YearRegistry years, IntegritySettings settings) {
        this.tables = tables;
        this.filed = filed;
        this.years = years;
        this.settings = settings;
    }

    /** The years' hashes read once for a step (an upload, or a batch of the backfill) and kept current by it. */
    static final class Hashes {
        private final SignalTables tables;
        private final Map<Long, YearHashes> byYear = new HashMap<>();

        Hashes(SignalTables tables) {
            this.tables = tables;
        }

        YearHashes of(Long yearId) {
            return byYear.computeIfAbsent(yearId, tables::hashes);
        }
    }

    @EventListener
    void on(EvidenceAdded added) {
        FiledRecord record = filed.record(added.recordId()).orElseThrow();
        tables.savePrint(Print.of(added.evidenceId(), record.id(), record.yearId(), added.sha256(),
                PhotoPrint.of(added.contentType(), added.bytes())));
        Hashes hashes = hashes();
        if (!catchUp(record, hashes) && tables.mark(record.id()).orElseThrow().handedIn()) {
            enter(tables.print(added.evidenceId()).orElseThrow(), record, hashes);
        }
    }

    @EventListener
    void on(EvidenceRemoved removed) {
        tables.print(removed.evidenceId()).filter(Print::handedIn)
                .ifPresent(print -> leave(print, hashes()));
    }

    @EventListener
    void on(RecordChanged changed) {
        follow(changed.recordId());
    }

    @EventListener
    void on(RecordDecided decided) {
        follow(decided.recordId());
    }

    private void follow(Long recordId) {
        FiledRecord record = filed.record(recordId).orElseThrow();
        Hashes hashes = hashes();
        if (!catchUp(record, hashes)) {
            sync(record, tables.mark(recordId).orElseThrow(), hashes);
        }
    }

    /** The transaction's: an upload of several photos reads the year's hashes once. */
    private Hashes hashes() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new Hashes(tables);
        }
        Hashes bound = (Hashes) TransactionSynchronizationManager.getResource(this);
        if (bound == null) {
            bound = new Hashes(tables);
            TransactionSynchronizationManager.bindResource(this, bound);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SignalUpkeep.this);
                }
            });
        }
        return bound;
    }

    /**
     * Catches up with a record not known yet: prints its files that have no print (reading photos from the
     * store), then enters them if it is handed in. False if it was known already.
     */
    boolean catchUp(FiledRecord record, Hashes hashes) {
        if (!tables.claim(record)) {
            return false;
        }
        for (FiledFile file : filed.filesOfRecord(record.id())) {
            if (tables.print(file.id()).isEmpty()) {
                tables.savePrint(Print.of(file.id(), record.id(), record.yearId(), file.sha256(), printOf(file)));
            }
        }
        sync(record, new SignalTables.Mark(false, null), hashes);
        return true;
    }

    private PhotoPrint printOf(FiledFile file) {
        if (!file.photo()) {
            return PhotoPrint.NONE;
        }
        try (InputStream in = filed.open(file)) {
            return PhotoPrint.of(file.contentType(), in.readAllBytes());
        } catch (IOException | NotFound unavailable) {
            return PhotoPrint.NONE; // missing or unreadable in the store: compared by its digest only
        }
    }

    /** Brings the record's stored signals to what it is now, from what they were made of ({@code was}). */
    private void sync(FiledRecord record, SignalTables.Mark was, Hashes hashes) {
        boolean handedIn = record.handedIn();
        List<Print> prints = tables.printsOfRecord(record.id());
        if (handedIn != was.handedIn()) {
            prints.forEach(print -> {
                if (handedIn) {
                    enter(print, record, hashes);
                } else {
                    leave(print, hashes);
                }
            });
        } else if (handedIn) {
            prints.forEach(print -> captureDate(print, record)); // the activity's date may have changed
        }
        String key = ReusedParticipants.key(record.participants(), settings.participantsMinNames());
        tables.mark(record.id(), new SignalTables.Mark(handedIn, key));
        String before = was.handedIn() ? was.participantsKey() : null;
        String after = handedIn ? key : null;
        if (!Objects.equals(before, after)) {
            if (before != null) {
                leftList(record, before);
            }
            if (after != null) {
                joinedList(record, after);
            }
        }
    }

    private void enter(Print print, FiledRecord record, Hashes hashes) {
        YearHashes year = print.hash() == null ? null : hashes.of(print.yearId());
        tables.handIn(print.evidenceId(), true);
        Print entered = new Print(print.evidenceId(), print.recordId(), print.yearId(), print.sha256(), print.hash(),
                print.capturedAt(), true);
        sameFileEntered(entered);
        if (year != null) {
            year.add(print.evidenceId(), print.hash());
            similar(entered, year);
            nearOf(entered, year).forEach(other -> similar(other, year));
        }
        captureDate(entered, record);
    }

    private void leave(Print print, Hashes hashes) {
        YearHashes year = print.hash() == null ? null : hashes.of(print.yearId());
        tables.handIn(print.evidenceId(), false);
        tables.deleteAll(print.evidenceId());
        sameFileLeft(print);
        if (year != null) {
            year.remove(print.evidenceId());
            nearOf(print, year).forEach(other -> similar(other, year));
        }
    }

    /** One more record holds the digest (unless this record held it already): one digest row, and the other holder's flag when it is the second. */
    private void sameFileEntered(Print print) {
        Optional<SignalTables.Digest> stored = tables.digest(print.yearId(), print.sha256());
        boolean held = tables.holdsElsewhere(print.recordId(), print.sha256(), print.evidenceId());
        SignalTables.Digest digest = stored.orElse(new SignalTables.Digest(0, null, null));
        if (!held) {
            digest = digest.plus(print.recordId());
            tables.saveDigest(print.yearId(), print.sha256(), digest, stored.isPresent());
        }
        if (!held && digest.records() == 2) {
            tables.flagHolders(print.yearId(), print.sha256()); // this file and the first record's: two records' files
        } else if (digest.records() >= 2) {
            tables.insert(SignalKind.SAME_FILE, print.yearId(), unitOf(print), print.recordId(), print.evidenceId(), null, null, null, null);
        }
    }

    private void sameFileLeft(Print print) {
        if (tables.holdsElsewhere(print.recordId(), print.sha256(), print.evidenceId())) {
            return;
        }
        SignalTables.Digest stored = tables.digest(print.yearId(), print.sha256()).orElseThrow();
        int records = stored.records() - 1;
        SignalTables.Digest digest = print.recordId().equals(stored.first()) || print.recordId().equals(stored.second())
                ? tables.holders(print.yearId(), print.sha256(), records)
                : new SignalTables.Digest(records, stored.first(), stored.second());
        tables.saveDigest(print.yearId(), print.sha256(), digest, true);
        if (records == 1) {
            tables.unflagHolders(print.yearId(), print.sha256());
        }
    }

    /** The handed-in photos of other records near this one, byte-identical copies left to SAME_FILE. */
    private List<Print> nearOf(Print photo, YearHashes year) {
        return tables.prints(year.near(photo.hash(), settings.photoDistance())).stream()
                .filter(other -> other.handedIn() && !other.recordId().equals(photo.recordId()) && !other.sha256().equals(photo.sha256()))
                .toList();
    }

    /** The photo's SIMILAR_PHOTO signal made again: its nearest photo (lowest id of equals), its distance and how many are near. */
    private void similar(Print photo, YearHashes year) {
        tables.delete(photo.evidenceId(), SignalKind.SIMILAR_PHOTO);
        List<Print> near = nearOf(photo, year);
        near.stream().min(Comparator.comparingInt((Print other) -> PhotoHash.distance(photo.hash(), other.hash()))
                        .thenComparing(Print::evidenceId))
                .ifPresent(nearest -> tables.insert(SignalKind.SIMILAR_PHOTO, photo.yearId(), unitOf(photo), photo.recordId(),
                        photo.evidenceId(), nearest.recordId(), nearest.evidenceId(), near.size(),
                        PhotoHash.distance(photo.hash(), nearest.hash())));
    }

    private void captureDate(Print photo, FiledRecord record) {
        if (photo.capturedAt() == null) {
            return;
        }
        tables.delete(photo.evidenceId(), SignalKind.CAPTURE_DATE);
        if (Reasons.captureDate("", photo.capturedAt().toLocalDate(), record.activityDate(), years.get(record.yearId()),
                settings.captureDays()).isPresent()) {
            tables.insert(SignalKind.CAPTURE_DATE, record.yearId(), record.unitId(), record.id(), photo.evidenceId(), null, null, null, null);
        }
    }

    /** Joined a unit's list: each of its records flagged once it is on more than participants-reuse of them. */
    private void joinedList(FiledRecord record, String key) {
        List<Long> same = tables.sameList(record.yearId(), record.unitId(), key);
        if (same.size() == settings.participantsReuse() + 1) {
            same.forEach(id -> tables.insert(SignalKind.REUSED_PARTICIPANTS, record.yearId(), record.unitId(), id, null, null, null,
                    null, null));
        } else if (same.size() > settings.participantsReuse()) {
            tables.insert(SignalKind.REUSED_PARTICIPANTS, record.yearId(), record.unitId(), record.id(), null, null, null, null, null);
        }
    }

    private void leftList(FiledRecord record, String key) {
        tables.deleteListSignals(List.of(record.id()));
        List<Long> same = tables.sameList(record.yearId(), record.unitId(), key);
        if (same.size() == settings.participantsReuse()) {
            tables.deleteListSignals(same);
        }
    }

    private Long unitOf(Print print) {
        return filed.record(print.recordId()).orElseThrow().unitId();
    }
}
