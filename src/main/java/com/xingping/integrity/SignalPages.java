package com.xingping.integrity;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;
import com.xingping.kernel.Refusal;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitDirectory;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearChoice;
import com.xingping.year.YearRegistry;

/** The committee's list of a year's integrity signals, by kind and unit. */
@Controller
@RequestMapping("/integrity")
class SignalPages {
    private final Signals signals;
    private final YearChoice yearChoice;
    private final YearRegistry years;
    private final UnitDirectory directory;

    SignalPages(Signals signals, YearChoice yearChoice, YearRegistry years, UnitDirectory directory) {
        this.signals = signals;
        this.yearChoice = yearChoice;
        this.years = years;
        this.directory = directory;
    }

    /** {@code unit} is the code or name typed in the filter. */
    @GetMapping
    String list(@RequestParam(required = false) Long yearId, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String unit, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        AssessmentYear year = yearChoice.of(yearId);
        model.addAttribute("year", year);
        model.addAttribute("years", years.all());
        model.addAttribute("kinds", SignalKind.values());
        model.addAttribute("kind", kind == null ? "" : kind.strip());
        model.addAttribute("unitText", unit == null ? "" : unit.strip());
        model.addAttribute("progress", signals.progress().orElse(null));
        try {
            SignalKind chosenKind = SignalFilter.kind(kind);
            Optional<Unit> chosenUnit = directory.require("unit", unit);
            PageOf<Signal> rows = signals.ofYear(year, chosenKind, chosenUnit.map(Unit::id).orElse(null), Paging.of(page, size));
            model.addAttribute("page", rows);
        } catch (Refusal refusal) {
            model.addAttribute("refusal", refusal);
        }
        return "integrity/signals";
    }
}
