package com.xingping.scoring.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.xingping.scoring.InvalidDocumentException;
import com.xingping.scoring.ScoringDocumentReader;
import com.xingping.scoring.ScoringDocumentWriter;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.ScoringInput;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * The what-if simulator: scores a whole year posted as the input document of docs/scoring-io.md and
 * answers with exactly what {@code xingping score} prints for it.
 */
@RestController
@RequestMapping("/api/v1/scoring")
class ScoringController {
    static final URI INVALID_DOCUMENT = URI.create("urn:xingping:problem:invalid-scoring-document");

    @Operation(summary = "Score an assessment year (what-if simulator)",
            description = "Takes the scoring input document (rubric, year, units with their facts) and returns every "
                    + "unit's elements, criteria, stars, party score, bonus, total, 业绩优, 双优, 先进 and rank. "
                    + "The same document gives the same answer as `java -jar xingping.jar score FILE`.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the scored year"),
                    @ApiResponse(responseCode = "400", description = "the document was refused whole; `errors` lists "
                            + "each problem as `unit U07: counts.study-9z: no such element`",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))})
    @PostMapping(path = "/evaluate", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> evaluate(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "the scoring input document",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")))
            @RequestBody byte[] document,
            @Parameter(description = "add each element's explanation and the 加分 items to every unit")
            @RequestParam(defaultValue = "false") boolean explain) {
        ScoringInput input = ScoringDocumentReader.read(new ByteArrayInputStream(document));
        ByteArrayOutputStream out = new ByteArrayOutputStream(document.length);
        ScoringDocumentWriter.write(new ScoringEngine(input.rubric()).score(input.units()), out, explain);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(out.toByteArray());
    }

    @ExceptionHandler(InvalidDocumentException.class)
    ProblemDetail invalidDocument(InvalidDocumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join("\n", e.problems()));
        problem.setType(INVALID_DOCUMENT);
        problem.setTitle("Invalid scoring document");
        problem.setProperty("errors", e.problems());
        return problem;
    }
}
