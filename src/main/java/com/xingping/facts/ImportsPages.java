package com.xingping.facts;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.xingping.identity.CurrentUser;
import com.xingping.kernel.Busy;
import com.xingping.kernel.Refusal;
import com.xingping.sheet.ImportRefused;
import com.xingping.sheet.SheetDownload;
import com.xingping.sheet.Watermark;
import com.xingping.year.YearChoice;

/** /facts/imports: the four uploads with their templates; a refused file is listed row by row after the redirect. */
@Controller
@RequestMapping("/facts/imports")
class ImportsPages {
    private final FactImports imports;
    private final YearChoice years;
    private final Clock clock;

    ImportsPages(FactImports imports, YearChoice years, Clock clock) {
        this.imports = imports;
        this.years = years;
        this.clock = clock;
    }

    @GetMapping
    String page(@RequestParam(required = false) Long yearId, Model model) {
        model.addAttribute("kinds", imports.kinds());
        model.addAttribute("year", years.of(yearId));
        return "facts/imports";
    }

    @PostMapping("/{kind}")
    String importFile(@AuthenticationPrincipal CurrentUser user, @PathVariable String kind,
                      @RequestParam(required = false) Long yearId, @RequestParam(required = false) MultipartFile file,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                      @RequestParam(required = false) String reference, @RequestParam(required = false) String reason,
                      @RequestParam(required = false) java.math.BigDecimal mean, RedirectAttributes redirect) throws IOException {
        ImportKind importKind = ImportKind.bySlug(kind);
        redirect.addFlashAttribute("importKind", kind);
        try {
            redirect.addFlashAttribute("notice", imports.run(importKind, user, yearId, ImportsApi.upload(file),
                    new PerformanceImport.Source(date, reference, reason, mean)).summary());
        } catch (ImportRefused refused) {
            redirect.addFlashAttribute("problem", refused.reason());
            redirect.addFlashAttribute("importProblems", refused.lines());
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("problem", refusal.reason());
        } catch (Busy busy) {
            redirect.addFlashAttribute("problem", busy.getMessage());
        }
        return "redirect:/facts/imports" + (yearId == null ? "" : "?yearId=" + yearId) + "#" + kind;
    }

    @GetMapping("/{kind}/template")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal CurrentUser user, @PathVariable String kind,
                                    @RequestParam(required = false) Long yearId) {
        ImportKind importKind = ImportKind.bySlug(kind);
        return SheetDownload.of(importKind.templateName(), imports.template(importKind, yearId, Watermark.of(user, clock)));
    }
}
