package com.xingping.roster;

import java.io.IOException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.xingping.identity.CurrentUser;
import com.xingping.kernel.Busy;
import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;
import com.xingping.kernel.Refusal;
import com.xingping.sheet.ImportGate;
import com.xingping.sheet.SheetDownload;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitDirectory;
import com.xingping.year.YearRegistry;

/**
 * The roster pages: a reporter's own unit at /roster, any unit for the committee and leaders at
 * /roster?unitId= or /units/{id}/roster. Changes are posted under /roster/{unitId}/…
 */
@Controller
class RosterController {
    private final RosterRegistry registry;
    private final UnitDirectory directory;
    private final YearRegistry years;
    private final ImportGate gate;

    RosterController(RosterRegistry registry, UnitDirectory directory, YearRegistry years, ImportGate gate) {
        this.registry = registry;
        this.directory = directory;
        this.years = years;
        this.gate = gate;
    }

    @GetMapping("/roster")
    String roster(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long unitId,
                  @RequestParam(required = false) Long yearId, @RequestParam(required = false) String q,
                  @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        if (unitId == null && user.unitId() == null) {
            PageOf<Unit> shown = directory.page(q, Paging.of(page, size));
            model.addAttribute("page", shown);
            model.addAttribute("units", shown.items());
            model.addAttribute("q", q == null ? "" : q.strip());
            return "roster/pick";
        }
        return page(user, unitId == null ? user.unitId() : unitId, yearId, model);
    }

    @GetMapping("/units/{unitId}/roster")
    String unitRoster(@AuthenticationPrincipal CurrentUser user, @PathVariable Long unitId,
                      @RequestParam(required = false) Long yearId, Model model) {
        return page(user, unitId, yearId, model);
    }

    @PostMapping("/roster/{unitId}/members")
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable Long unitId,
               @RequestParam(required = false) Long yearId, @RequestParam(required = false) String name,
               @RequestParam(required = false) String role, @RequestParam(required = false) String studyHours,
               Model model, RedirectAttributes redirect) {
        try {
            RosterMember added = registry.add(user, unitId, yearId, MemberForm.fromPage(name, role, studyHours, null));
            redirect.addFlashAttribute("notice", "已添加 " + added.name());
            return back(unitId, added.yearId());
        } catch (Refusal refusal) {
            model.addAttribute("problem", refusal.reason());
            model.addAttribute("entered", new Entered(name, role, studyHours));
            return page(user, unitId, yearId, model);
        }
    }

    @GetMapping("/roster/{unitId}/members/{memberId}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long unitId, @PathVariable Long memberId,
                    Model model) {
        RosterMember member = registry.member(user, unitId, memberId);
        model.addAttribute("member", member);
        model.addAttribute("entered", new Entered(member.name(), member.role().name(),
                RosterView.plain(member.studyHours()).toPlainString()));
        model.addAttribute("roster", registry.view(user, unitId, member.yearId()));
        model.addAttribute("roles", MemberRole.values());
        return "roster/member";
    }

    @PostMapping("/roster/{unitId}/members/{memberId}")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long unitId, @PathVariable Long memberId,
                @RequestParam(required = false) String name, @RequestParam(required = false) String role,
                @RequestParam(required = false) String studyHours, @RequestParam(required = false) Integer version,
                Model model, RedirectAttributes redirect) {
        try {
            RosterMember edited = registry.edit(user, unitId, memberId, MemberForm.fromPage(name, role, studyHours, version));
            redirect.addFlashAttribute("notice", "已保存 " + edited.name());
            return back(unitId, edited.yearId());
        } catch (Refusal refusal) {
            RosterMember member = registry.member(user, unitId, memberId);
            model.addAttribute("problem", refusal.reason());
            model.addAttribute("member", member);
            model.addAttribute("entered", new Entered(name, role, studyHours));
            model.addAttribute("roster", registry.view(user, unitId, member.yearId()));
            model.addAttribute("roles", MemberRole.values());
            return "roster/member";
        }
    }

    @PostMapping("/roster/{unitId}/members/{memberId}/delete")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable Long unitId, @PathVariable Long memberId,
                  @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        RosterMember member = registry.member(user, unitId, memberId);
        try {
            registry.remove(user, unitId, memberId, version);
            redirect.addFlashAttribute("notice", "已移除 " + member.name());
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("problem", refusal.reason());
        }
        return back(unitId, member.yearId());
    }

    @PostMapping("/roster/{unitId}/import")
    String importFile(@AuthenticationPrincipal CurrentUser user, @PathVariable Long unitId,
                      @RequestParam(required = false) Long yearId, @RequestParam(required = false) MultipartFile file,
                      RedirectAttributes redirect) throws IOException {
        RosterRegistry.Upload upload = RosterApi.upload(file);
        try {
            int count = gate.admit(() -> registry.replaceFrom(user, unitId, yearId, upload)).size();
            redirect.addFlashAttribute("notice", "已导入 " + count + " 名党员，原名册已被替换");
        } catch (RosterImportRefused refused) {
            redirect.addFlashAttribute("problem", refused.reason());
            redirect.addFlashAttribute("importProblems", refused.lines());
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("problem", refusal.reason());
        } catch (Busy busy) {
            redirect.addFlashAttribute("problem", busy.getMessage());
        }
        return back(unitId, yearId);
    }

    @GetMapping("/roster/{unitId}/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @PathVariable Long unitId,
                                  @RequestParam(required = false) Long yearId) {
        RosterView view = registry.view(user, unitId, yearId);
        return SheetDownload.of(Spreadsheets.rosterName(view), registry.export(user, unitId, yearId));
    }

    @GetMapping("/roster/template")
    ResponseEntity<byte[]> template() {
        return SheetDownload.of(Spreadsheets.templateName(), RosterRegistry.template());
    }

    /** What was typed into a member form, shown again when it was refused. */
    record Entered(String name, String role, String studyHours) {
    }

    private String page(CurrentUser user, Long unitId, Long yearId, Model model) {
        model.addAttribute("roster", registry.view(user, unitId, yearId));
        model.addAttribute("years", years.all());
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", new Entered("", "ORDINARY", ""));
        }
        model.addAttribute("roles", MemberRole.values());
        return "roster/roster";
    }

    private static String back(Long unitId, Long yearId) {
        return "redirect:/roster?unitId=" + unitId + (yearId == null ? "" : "&yearId=" + yearId);
    }
}
