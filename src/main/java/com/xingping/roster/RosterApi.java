package com.xingping.roster;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.xingping.identity.CurrentUser;
import com.xingping.sheet.ImportGate;
import com.xingping.sheet.SheetDownload;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "roster", description = "党员名册 / each unit's member roster (feeds study-2c)")
class RosterApi {
    private final RosterRegistry registry;
    private final ImportGate gate;

    RosterApi(RosterRegistry registry, ImportGate gate) {
        this.registry = registry;
        this.gate = gate;
    }

    @GetMapping("/units/{unitId}/roster")
    @Operation(summary = "A unit's roster for a year (the open year unless yearId is given)")
    RosterView get(@AuthenticationPrincipal CurrentUser user, @PathVariable Long unitId,
                   @RequestParam(required = false) Long yearId) {
        return registry.view(user, unitId, yearId);
    }

    @PostMapping("/units/{unitId}/roster")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a member (the unit's reporter or the committee; open year only)")
    RosterMember add(@AuthenticationPrincipal CurrentUser user, @PathVariable Long unitId,
                     @RequestParam(required = false) Long yearId, @RequestBody MemberForm form) {
        return registry.add(user, unitId, yearId, form);
    }

    @PutMapping("/units/{unitId}/roster/{memberId}")
    @Operation(summary = "Edit a member; send the version you read, a stale one gets 409")
    RosterMember edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long unitId,
                      @PathVariable Long memberId, @RequestBody MemberForm form) {
        return registry.edit(user, unitId, memberId, form);
    }

    @DeleteMapping("/units/{unitId}/roster/{memberId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a member; send the version you read, a stale one gets 409")
    void remove(@AuthenticationPrincipal CurrentUser user, @PathVariable Long unitId, @PathVariable Long memberId,
                @RequestParam(required = false) Integer version) {
        registry.remove(user, unitId, memberId, version);
    }

    @PostMapping(path = "/units/{unitId}/roster/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Replace the year's roster with a spreadsheet (姓名 / 身份 / 学时), all or nothing",
            description = "A file with any bad row imports nothing: 400 with `errors`, one per bad row, e.g. "
                    + "`第 5 行：学时 不能为负数`. Not a spreadsheet, or larger than the limit (1 MB): 400. "
                    + "Two imports already running: 503 with Retry-After.")
    RosterView importFile(@AuthenticationPrincipal CurrentUser user, @PathVariable Long unitId,
                          @RequestParam(required = false) Long yearId,
                          @Parameter(description = "the .xlsx, .xls, .ods or .csv (UTF-8 or GBK) file") @RequestParam(required = false) MultipartFile file)
            throws IOException {
        RosterRegistry.Upload upload = upload(file);
        gate.admit(() -> registry.replaceFrom(user, unitId, yearId, upload));
        return registry.view(user, unitId, yearId);
    }

    @GetMapping("/units/{unitId}/roster/export")
    @Operation(summary = "The roster as an Excel file in the template's form (edit and import it back)")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @PathVariable Long unitId,
                                  @RequestParam(required = false) Long yearId) {
        RosterView view = registry.view(user, unitId, yearId);
        return SheetDownload.of(Spreadsheets.rosterName(view), registry.export(user, unitId, yearId));
    }

    @GetMapping("/roster/template")
    @Operation(summary = "The empty Excel template: 姓名 / 身份(班子成员|普通党员) / 学时")
    ResponseEntity<byte[]> template() {
        return SheetDownload.of(Spreadsheets.templateName(), RosterRegistry.template());
    }

    static RosterRegistry.Upload upload(MultipartFile file) throws IOException {
        boolean nothingChosen = file == null
                || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank());
        return nothingChosen ? null
                : new RosterRegistry.Upload(file.getOriginalFilename(), file.getInputStream());
    }
}
