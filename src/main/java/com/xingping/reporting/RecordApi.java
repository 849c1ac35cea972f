package com.xingping.reporting;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.xingping.identity.CurrentUser;
import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;
import com.xingping.year.YearRegistry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/records")
@Tag(name = "records", description = "单位填报的活动记录与证明材料 / records units report, with their evidence")
class RecordApi {
    private final RecordDesk desk;
    private final RecordViews views;
    private final YearRegistry years;

    RecordApi(RecordDesk desk, RecordViews views, YearRegistry years) {
        this.desk = desk;
        this.views = views;
        this.years = years;
    }

    /** The version a reporter read, for submitting. */
    record VersionRef(Integer version) {
    }

    @GetMapping
    @Operation(summary = "One page of a year's records (default: the open year), the latest activity first",
            description = "A reporter sees only their own unit's; the committee names a unit or gets the whole year. "
                    + "Page from 1, size 1-200 (default 50); the answer says the total.")
    PageOf<RecordView> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long unitId,
                            @RequestParam(required = false) Long yearId, @RequestParam(required = false) Integer page,
                            @RequestParam(required = false) Integer size) {
        return desk.list(user, unitId, yearId, Paging.of(page, size)).with(views::of);
    }

    @GetMapping("/elements")
    @Operation(summary = "The elements units report in the open year (CHECK, COUNT, TIER, THRESHOLD), grouped by star")
    ElementChoices elements() {
        return ElementChoices.of(years.rubricOf(years.current()));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "File a draft record of the reporter's unit in the open year",
            description = "Refused (400) when the element is unknown or not reported by units, the date is outside the year's "
                    + "window, a CHECK element is already reported, a TIER level or THRESHOLD rate is missing or invalid, or a norms-1a record does not say which report "
                    + "it is (part: party 机关党建工作汇报 or mass 群团工作汇报, by id or name).")
    RecordView file(@AuthenticationPrincipal CurrentUser user, @RequestBody RecordForm form,
                    @RequestParam(defaultValue = "false") boolean submit) {
        return views.of(desk.file(user, form, List.of(), submit));
    }

    @PostMapping(path = "/with-evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "File a record with its evidence files in one request (part 'record' as JSON, parts 'files')",
            description = "The part 'record' is the same document POST /api/v1/records takes, sent as application/json; "
                    + "each part 'files' one file: photos (JPEG, PNG, HEIC), PDF, Word or Excel, told by their content, at "
                    + "most 10 MB each by default. All or nothing: a file that is too large (413) or not an allowed type "
                    + "(400) saves nothing.")
    RecordView fileWithEvidence(@AuthenticationPrincipal CurrentUser user, @RequestPart("record") RecordForm form,
                                @RequestPart(name = "files", required = false) List<MultipartFile> files,
                                @RequestParam(defaultValue = "false") boolean submit) {
        return views.of(desk.file(user, form, uploads(files), submit));
    }

    @GetMapping("/{id}")
    RecordView get(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return views.of(desk.get(user, id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a draft or returned record; send the version you read, a stale one gets 409")
    RecordView edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestBody RecordForm form) {
        return views.of(desk.edit(user, id, form, List.of(), false));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit a draft or returned record for review (optionally with the version you read)")
    RecordView submit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                      @RequestBody(required = false) VersionRef body) {
        return views.of(desk.submit(user, id, body == null ? null : body.version()));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Take a submitted record back before review (the unit's reporter); it becomes a draft again")
    RecordView withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                        @RequestBody(required = false) VersionRef body) {
        return views.of(desk.withdraw(user, id, body == null ? null : body.version()));
    }

    @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add evidence files (parts 'files') to a draft or returned record",
            description = "Photos (JPEG, PNG, HEIC), PDF, Word and Excel, told by their content; at most 10 MB each by default.")
    List<EvidenceView> addEvidence(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                                   @RequestPart(name = "files", required = false) List<MultipartFile> files,
                                   @RequestParam(required = false) Integer version) {
        return desk.addEvidence(user, id, uploads(files), version).stream().map(EvidenceView::of).toList();
    }

    static List<Upload> uploads(List<MultipartFile> files) {
        return files == null ? List.of() : files.stream().filter(Upload::isChosen).map(Upload::of).toList();
    }
}
