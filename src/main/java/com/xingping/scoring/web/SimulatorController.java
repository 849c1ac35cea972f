package com.xingping.scoring.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.xingping.rubric.Star;
import com.xingping.scoring.InvalidDocumentException;
import com.xingping.scoring.ScoringDocumentReader;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.ScoringInput;
import com.xingping.scoring.YearResult;

/** The what-if simulator page: paste a scoring document, see every unit's stars, totals and rank. */
@Controller
class SimulatorController {

    @GetMapping("/simulator")
    String form(Model model) {
        model.addAttribute("document", exampleYear());
        return "scoring/simulator";
    }

    @PostMapping("/simulator")
    String simulate(@RequestParam String document, Model model) {
        model.addAttribute("document", document);
        try {
            ScoringInput input = ScoringDocumentReader.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
            YearResult result = new ScoringEngine(input.rubric()).score(input);
            model.addAttribute("rubric", input.rubric());
            model.addAttribute("starNames", input.rubric().stars().stream().map(Star::name).toList());
            model.addAttribute("rows", result.units().stream().map(SimulatorRow::of)
                    .sorted(Comparator.comparingInt(SimulatorRow::rank)).toList());
        } catch (InvalidDocumentException e) {
            model.addAttribute("problems", e.problems());
        }
        return "scoring/simulator";
    }

    private static String exampleYear() {
        try (InputStream in = SimulatorController.class.getClassLoader().getResourceAsStream("examples/example-year.json")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
