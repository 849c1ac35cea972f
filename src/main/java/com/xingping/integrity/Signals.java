package com.xingping.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import com.xingping.kernel.NotFound;
import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;
import com.xingping.reporting.ActivityRecord;
import com.xingping.reporting.FiledEvidence;
import com.xingping.reporting.RecordFlags;
import com.xingping.reporting.ReviewDesk;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitRegistry;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/**
 * The committee's (admins' and reviewers') integrity signals, computed when asked from the handed-in records,
 * their files and the photos' prints, so they follow every edit. A photo without a print yet (stored before
 * V25, by the {@code generate} command or the demo city) is printed from the store when its year is listed,
 * or its record is looked at.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
public class Signals implements RecordFlags {
    private static final Comparator<Signal> ORDER = Comparator.comparing(Signal::unitName).thenComparing(Signal::recordId)
            .thenComparing(Signal::kind).thenComparing(signal -> signal.evidenceId() == null ? 0 : signal.evidenceId());
    private final FiledEvidence filedEvidence;
    private final PhotoPrints prints;
    private final ReviewDesk review;
    private final YearRegistry years;
    private final UnitRegistry units;
    private final IntegritySettings settings;

    Signals(FiledEvidence filedEvidence, PhotoPrints prints, ReviewDesk review, YearRegistry years, UnitRegistry units,
            IntegritySettings settings) {
        this.filedEvidence = filedEvidence;
        this.prints = prints;
        this.review = review;
        this.years = years;
        this.units = units;
        this.settings = settings;
    }

    /** One page of the year's signals, of one kind and one unit if named, by unit, record and kind. */
    public PageOf<Signal> ofYear(AssessmentYear year, SignalKind kind, Long unitId, Paging paging) {
        List<Signal> all = find(year, recordId -> true).stream()
                .filter(signal -> kind == null || signal.kind() == kind)
                .filter(signal -> unitId == null || signal.unitId().equals(unitId)).toList();
        return PageOf.slice(all, paging);
    }

    /** A handed-in record's signals (a draft is no one's business but its unit's: not found). */
    public List<Signal> ofRecord(Long recordId) {
        ActivityRecord record = review.record(recordId);
        return aboutRecord(years.get(record.yearId()), recordId);
    }

    @Override
    public List<Flag> of(Long recordId, Long yearId) {
        return aboutRecord(years.get(yearId), recordId).stream()
                .map(signal -> new Flag(signal.kindLabel(), signal.otherRecordId(), signal.reason())).toList();
    }

    List<Signal> find(AssessmentYear year, Predicate<Long> focus) {
        return find(filed(year), focus);
    }

    private List<Signal> find(Filed filed, Predicate<Long> focus) {
        List<Signal> found = new ArrayList<>();
        found.addAll(SameFiles.find(filed, focus));
        found.addAll(SimilarPhotos.find(filed, focus, settings.photoDistance()));
        found.addAll(CaptureDates.find(filed, focus, settings.captureDays()));
        found.addAll(ReusedParticipants.find(filed, focus, settings.participantsReuse(), settings.participantsMinNames()));
        found.sort(ORDER);
        return found;
    }

    /**
     * One record's signals from only the rows they can come from: its files, the year's files with the same
     * digests, the year's photos whose stored hash is near one of its own, and its unit's records. The finders
     * then say of it exactly what they say reading the whole year.
     */
    private List<Signal> aboutRecord(AssessmentYear year, Long recordId) {
        List<FiledEvidence.FiledRecord> asked = filedEvidence.recordsById(List.of(recordId));
        if (asked.isEmpty()) {
            return List.of();
        }
        List<FiledEvidence.FiledFile> own = filedEvidence.filesOfRecord(recordId);
        Map<Long, PhotoPrint> ownPrints = printsOf(year, own.stream().filter(FiledEvidence.FiledFile::photo).toList());
        List<Long> ownHashes = ownPrints.values().stream().map(PhotoPrint::hash).filter(Objects::nonNull).toList();
        Map<Long, FiledEvidence.FiledFile> files = new LinkedHashMap<>();
        own.forEach(file -> files.put(file.id(), file));
        filedEvidence.filesWithDigests(year.id(), own.stream().map(FiledEvidence.FiledFile::sha256).distinct().toList())
                .forEach(file -> files.putIfAbsent(file.id(), file));
        if (!ownHashes.isEmpty()) {
            filedEvidence.filesById(prints.near(year.id(), ownHashes, settings.photoDistance()))
                    .forEach(file -> files.putIfAbsent(file.id(), file));
        }
        Map<Long, FiledEvidence.FiledRecord> records = new LinkedHashMap<>();
        filedEvidence.records(year.id(), asked.get(0).unitId()).forEach(record -> records.put(record.id(), record));
        filedEvidence.recordsById(files.values().stream().map(FiledEvidence.FiledFile::recordId)
                .filter(id -> !records.containsKey(id)).distinct().toList()).forEach(record -> records.put(record.id(), record));
        Map<Long, PhotoPrint> printed = new HashMap<>(prints.of(files.values().stream().filter(FiledEvidence.FiledFile::photo)
                .map(FiledEvidence.FiledFile::id).toList()));
        printed.putAll(ownPrints);
        return find(filed(year, records.values(), files.values(), printed), recordId::equals);
    }

    private Filed filed(AssessmentYear year) {
        List<FiledEvidence.FiledFile> files = filedEvidence.files(year.id());
        return filed(year, filedEvidence.records(year.id()), files,
                printsOf(year, files.stream().filter(FiledEvidence.FiledFile::photo).toList()));
    }

    private Filed filed(AssessmentYear year, Collection<FiledEvidence.FiledRecord> filedRecords,
                        Collection<FiledEvidence.FiledFile> files, Map<Long, PhotoPrint> printed) {
        Map<Long, String> unitNames = units.all().stream().collect(Collectors.toMap(Unit::id, Unit::name));
        List<Filed.Record> records = filedRecords.stream()
                .map(r -> new Filed.Record(r.id(), r.unitId(), unitNames.getOrDefault(r.unitId(), "单位 " + r.unitId()), r.title(),
                        r.activityDate(), r.participants())).toList();
        List<Filed.File> seen = files.stream().map(file -> {
            PhotoPrint print = printed.get(file.id());
            return new Filed.File(file.id(), file.recordId(), file.name(), file.sha256(), print == null ? null : print.hash(),
                    print == null ? null : print.capturedAt());
        }).toList();
        return new Filed(year.year(), year.windowStart(), year.windowEnd(), records, seen);
    }

    /** The photos' prints, printing (and keeping) those not printed yet; a file the store cannot give now is tried next time. */
    private Map<Long, PhotoPrint> printsOf(AssessmentYear year, List<FiledEvidence.FiledFile> photos) {
        Map<Long, PhotoPrint> found = new HashMap<>(prints.of(photos.stream().map(FiledEvidence.FiledFile::id).toList()));
        for (FiledEvidence.FiledFile photo : photos) {
            if (found.containsKey(photo.id())) {
                continue;
            }
            byte[] bytes;
            try (InputStream in = filedEvidence.open(photo)) {
                bytes = in.readAllBytes();
            } catch (IOException | NotFound unavailable) {
                continue; // missing or unreadable in the store now: no print, so no photo signal, until it can be read
            }
            PhotoPrint print = PhotoPrint.of(photo.id(), year.id(), photo.contentType(), bytes);
            prints.save(print);
            found.put(photo.id(), print);
        }
        return found;
    }
}
