package com.xingping.reporting;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.xingping.identity.CurrentUser;
import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;
import com.xingping.identity.Role;
import com.xingping.kernel.NotFound;
import com.xingping.kernel.Refusal;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearChoice;
import com.xingping.year.YearRegistry;

/** The reporter's pages, made for a phone: the unit's records of a year (the open one unless another is picked), the record form, one record. */
@Controller
@RequestMapping("/records")
class RecordPages {
    private static final String FORM = "reporting/record-form";
    private final RecordDesk desk;
    private final RecordViews views;
    private final YearRegistry years;
    private final YearChoice yearChoice;
    private final EvidenceChecks checks;
    private final PageText text;

    RecordPages(RecordDesk desk, RecordViews views, YearRegistry years, YearChoice yearChoice, EvidenceChecks checks, PageText text) {
        this.desk = desk;
        this.views = views;
        this.years = years;
        this.yearChoice = yearChoice;
        this.checks = checks;
        this.text = text;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long year,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        if (user.role() != Role.REPORTER) {
            if (user.isCommittee()) {
                return "redirect:/review";
            }
            throw new AccessDeniedException("only reporters have records");
        }
        AssessmentYear shown = shownYear(year);
        model.addAttribute("year", shown);
        model.addAttribute("years", years.all());
        PageOf<RecordView> records = shown == null ? null
                : desk.list(user, user.unitId(), shown.id(), Paging.of(page, size)).with(views::of);
        model.addAttribute("page", records);
        model.addAttribute("records", records == null ? List.of() : records.items());
        return "reporting/records";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (user.role() != Role.REPORTER) {
            throw new AccessDeniedException("only reporters file records");
        }
        return form(model, RecordForm.blank(), null);
    }

    @PostMapping
    String file(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") RecordForm form, BindingResult binding,
                @RequestParam(name = "files", required = false) List<MultipartFile> files,
                @RequestParam(defaultValue = "draft") String action, Model model, RedirectAttributes redirect) {
        List<Upload> uploads = RecordApi.uploads(files);
        try {
            refuseBindingErrors(binding);
            ActivityRecord record = desk.file(user, form, uploads, "submit".equals(action));
            redirect.addFlashAttribute("notice", text.get(record.state() == RecordState.SUBMITTED
                    ? "records.notice.submitted" : "records.notice.saved", record.title()));
            return "redirect:/records/" + record.id();
        } catch (Refusal refusal) {
            return refused(model, refusal, form == null ? RecordForm.blank() : form, null, uploads);
        }
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        RecordView record = views.of(desk.get(user, id));
        model.addAttribute("record", record);
        model.addAttribute("canChange", user.canReportFor(record.unitId()) && record.state().editable()
                && years.get(record.yearId()).isOpen());
        model.addAttribute("canWithdraw", user.canReportFor(record.unitId()) && record.state() == RecordState.SUBMITTED
                && years.get(record.yearId()).isOpen());
        model.addAttribute("maxFileBytes", checks.maxFileBytes());
        model.addAttribute("maxFileMb", checks.maxFileBytes() / (1024 * 1024));
        return "reporting/record";
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        ActivityRecord record = desk.get(user, id);
        if (!user.canReportFor(record.unitId())) {
            throw new AccessDeniedException("only the unit's reporter edits its records");
        }
        return form(model, RecordForm.of(record), views.of(record));
    }

    @PostMapping("/{id}")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @ModelAttribute("form") RecordForm form,
                BindingResult binding, @RequestParam(name = "files", required = false) List<MultipartFile> files,
                @RequestParam(defaultValue = "draft") String action, Model model, RedirectAttributes redirect) {
        List<Upload> uploads = RecordApi.uploads(files);
        try {
            refuseBindingErrors(binding);
            ActivityRecord record = desk.edit(user, id, form, uploads, "submit".equals(action));
            redirect.addFlashAttribute("notice", text.get(record.state() == RecordState.SUBMITTED
                    ? "records.notice.submitted" : "records.notice.saved", record.title()));
            return "redirect:/records/" + id;
        } catch (Refusal refusal) {
            return refused(model, refusal, form == null ? RecordForm.of(desk.get(user, id)) : form,
                    views.of(desk.get(user, id)), uploads);
        }
    }

    @PostMapping("/{id}/submit")
    String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                  @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("notice", text.get("records.notice.submitted", desk.submit(user, id, version).title()));
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("problem", refusal.reason());
        }
        return "redirect:/records/" + id;
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                    @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("notice", text.get("records.notice.withdrawn", desk.withdraw(user, id, version).title()));
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("problem", refusal.reason());
        }
        return "redirect:/records/" + id;
    }

    @PostMapping("/{id}/evidence")
    String addEvidence(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                       @RequestParam(name = "files", required = false) List<MultipartFile> files,
                       @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
        try {
            int added = desk.addEvidence(user, id, RecordApi.uploads(files), version).size();
            redirect.addFlashAttribute("notice", text.get("records.notice.evidenceAdded", added));
            return "redirect:/records/" + id;
        } catch (Refusal refusal) {
            // shown here, not after a redirect: the upload script follows a redirect itself, and the message with it
            model.addAttribute("problem", refusal.reason());
            return show(user, id, model);
        }
    }

    @PostMapping("/evidence/{evidenceId}/delete")
    String removeEvidence(@AuthenticationPrincipal CurrentUser user, @PathVariable Long evidenceId, RedirectAttributes redirect) {
        Long recordId;
        try {
            recordId = desk.removeEvidence(user, evidenceId).id();
            redirect.addFlashAttribute("notice", text.get("records.notice.evidenceRemoved"));
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("problem", refusal.reason());
            return "redirect:/records";
        }
        return "redirect:/records/" + recordId;
    }

    private String refused(Model model, Refusal refusal, RecordForm form, RecordView record, List<Upload> uploads) {
        model.addAttribute("refusal", refusal);
        if (!uploads.isEmpty() && !"files".equals(refusal.field())) {
            model.addAttribute("problem", text.get("records.form.chooseFilesAgain"));
        }
        return form(model, form, record);
    }

    private String form(Model model, RecordForm form, RecordView record) {
        AssessmentYear year = record == null ? openYear() : years.get(record.yearId());
        if (year == null) {
            model.addAttribute("problem", text.get("records.noOpenYear"));
            return "redirect:/records";
        }
        model.addAttribute("form", form);
        model.addAttribute("record", record);
        model.addAttribute("year", year);
        model.addAttribute("choices", ElementChoices.of(years.rubricOf(year)));
        model.addAttribute("maxFileBytes", checks.maxFileBytes());
        model.addAttribute("maxFileMb", checks.maxFileBytes() / (1024 * 1024));
        return FORM;
    }

    /** A date or number the browser sent that cannot be read: refused like any other bad field. */
    private void refuseBindingErrors(BindingResult binding) {
        if (!binding.hasErrors()) {
            return;
        }
        FieldError error = binding.getFieldError();
        String field = error == null ? "form" : error.getField();
        String key = java.util.Set.of("activityDate", "rate", "version").contains(field) ? field : "other";
        throw new Refusal(field, text.get("records.form.unreadable." + key,
                String.valueOf(error == null ? "" : error.getRejectedValue())));
    }

    /** The year asked for, else the open one, else the newest closed one (its records stay readable); none before the first year. */
    private AssessmentYear shownYear(Long yearId) {
        if (yearId != null) {
            return years.get(yearId);
        }
        try {
            return yearChoice.of(null);
        } catch (NotFound none) {
            return null;
        }
    }

    private AssessmentYear openYear() {
        try {
            return years.current();
        } catch (NotFound none) {
            return null;
        }
    }
}
