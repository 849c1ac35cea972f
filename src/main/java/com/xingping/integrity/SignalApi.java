package com.xingping.integrity;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;
import com.xingping.year.YearRegistry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "integrity", description = "证明材料比对提示 / evidence integrity signals (admins and reviewers): flags, never verdicts")
class SignalApi {
    private final Signals signals;
    private final YearRegistry years;

    SignalApi(Signals signals, YearRegistry years) {
        this.signals = signals;
        this.years = years;
    }

    @GetMapping("/years/{yearId}/signals")
    @Operation(summary = "One page of a year's evidence integrity signals",
            description = "Flags on the year's handed-in records, each with its reason in zh-CN: SAME_FILE (a file, by SHA-256, "
                    + "also in another record), SIMILAR_PHOTO (a photo's 64-bit difference hash within "
                    + "xingping.integrity.photo-distance bits of another record's photo), CAPTURE_DATE (a photo's Exif capture "
                    + "date more than xingping.integrity.capture-days from the activity or outside the year's window), "
                    + "REUSED_PARTICIPANTS (one participants list on more than xingping.integrity.participants-reuse records "
                    + "of the unit). kind and unitId filter; by unit name, record and kind; page from 1, size 1-200 (default 50).")
    PageOf<Signal> yearSignals(@PathVariable Long yearId, @RequestParam(required = false) String kind,
                          @RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer page,
                          @RequestParam(required = false) Integer size) {
        return signals.ofYear(years.get(yearId), SignalFilter.kind(kind), unitId, Paging.of(page, size));
    }

    @GetMapping("/records/{id}/signals")
    @Operation(summary = "A handed-in record's evidence integrity signals, each with its reason in zh-CN")
    List<Signal> recordSignals(@PathVariable Long id) {
        return signals.ofRecord(id);
    }
}
