package com.xingping.scoring.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
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

import jakarta.servlet.http.HttpServletRequest;

/**
 * The what-if simulator: scores a whole year posted as the input document of docs/scoring-io.md and
 * answers with exactly what {@code xingping score} prints for it.
 */
@RestController
@RequestMapping("/api/v1/scoring")
class ScoringController {
    static final URI INVALID_DOCUMENT = URI.create("urn:xingping:problem:invalid-scoring-document");
    private final DataSize maxDocument;

    ScoringController(@Value("${xingping.scoring.max-document-size:20MB}") DataSize maxDocument) {
        this.maxDocument = maxDocument;
    }

    @Operation(summary = "Score an assessment year (what-if simulator)",
            description = "Takes the scoring input document (rubric, year, units with their facts) and returns every "
                    + "unit's elements, criteria, stars, party score, bonus, total, 业绩优, 双优, 先进 and rank. "
                    + "The same document gives the same answer as `java -jar xingping.jar score FILE`. "
                    + "Documents up to `xingping.scoring.max-document-size` (default 20 MB, about 5,000 units) are taken.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "the scoring input document",
                    required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(type = "object"))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "the scored year"),
                    @ApiResponse(responseCode = "400", description = "the document was refused whole; `errors` lists "
                            + "each problem as `unit U07: counts.study-9z: no such element`",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                    @ApiResponse(responseCode = "413", description = "the document is larger than the limit, which the "
                            + "detail names; it was not read", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))})
    @PostMapping(path = "/evaluate", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> evaluate(HttpServletRequest request,
            @Parameter(description = "add each element's explanation and the 加分 items to every unit")
            @RequestParam(defaultValue = "false") boolean explain) throws IOException {
        ScoringInput input = ScoringDocumentReader.read(LimitedBody.of(request, maxDocument));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoringDocumentWriter.write(input.rubric(), new ScoringEngine(input.rubric()).score(input), out, explain);
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

    @ExceptionHandler(DocumentTooLarge.class)
    ProblemDetail tooLarge(DocumentTooLarge e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setTitle("Content too large");
        problem.setProperty("limit", e.limit().toBytes());
        problem.setProperty("errors", List.of(Map.of("field", "document", "reason", e.getMessage())));
        return problem;
    }
}
