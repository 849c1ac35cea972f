package com.xingping.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The committee's (admins' and reviewers') integrity signals, computed when asked from the year's handed-in
 * records, their files and the photos' prints, so they follow every edit. A photo without a print yet (stored
 * before V25 or by the {@code generate} command) is printed from the store on first look.
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
        return find(years.get(record.yearId()), recordId::equals);
    }

    @Override
    public List<Flag> of(Long recordId, Long yearId) {
        return find(years.get(yearId), recordId::equals).stream()
                .map(signal -> new Flag(signal.kindLabel(), signal.fileName(), signal.otherRecordId(), signal.reason())).toList();
    }

    List<Signal> find(AssessmentYear year, Predicate<Long> focus) {
        Filed filed = filed(year);
        List<Signal> found = new ArrayList<>();
        found.addAll(SameFiles.find(filed, focus));
        found.addAll(SimilarPhotos.find(filed, focus, settings.photoDistance()));
        found.addAll(CaptureDates.find(filed, focus, settings.captureDays()));
        found.addAll(ReusedParticipants.find(filed, focus, settings.participantsReuse(), settings.participantsMinNames()));
        found.sort(ORDER);
        return found;
    }

    private Filed filed(AssessmentYear year) {
        Map<Long, String> unitNames = units.all().stream().collect(Collectors.toMap(Unit::id, Unit::name));
        List<Filed.Record> records = filedEvidence.records(year.id()).stream()
                .map(r -> new Filed.Record(r.id(), r.unitId(), unitNames.getOrDefault(r.unitId(), "单位 " + r.unitId()), r.title(),
                        r.activityDate(), r.participants())).toList();
        List<FiledEvidence.FiledFile> files = filedEvidence.files(year.id());
        Map<Long, PhotoPrint> printed = printsOf(files.stream().filter(FiledEvidence.FiledFile::photo).toList());
        List<Filed.File> seen = files.stream().map(file -> {
            PhotoPrint print = printed.get(file.id());
            return new Filed.File(file.id(), file.recordId(), file.name(), file.sha256(), print == null ? null : print.hash(),
                    print == null ? null : print.capturedAt());
        }).toList();
        return new Filed(year.year(), year.windowStart(), year.windowEnd(), records, seen);
    }

    /** The photos' prints, printing (and keeping) those not printed yet; a file the store cannot give now is tried next time. */
    private Map<Long, PhotoPrint> printsOf(List<FiledEvidence.FiledFile> photos) {
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
            PhotoPrint print = PhotoPrint.of(photo.id(), photo.contentType(), bytes);
            prints.save(print);
            found.put(photo.id(), print);
        }
        return found;
    }
}
