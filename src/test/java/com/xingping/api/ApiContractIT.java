package com.xingping.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document, as /v3/api-docs serves it, read by a real OpenAPI parser (swagger-parser) and checked for
 * what generated clients need; and the copy checked in at {@value #SPEC}, from which the build generates the Java
 * client, kept equal to it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiContractIT {
    static final String SPEC = "src/test/resources/openapi/xingping-v1.json";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    BuildProperties build;

    String live;
    OpenAPI api;

    @BeforeAll
    void read() throws Exception {
        live = mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        ParseOptions options = new ParseOptions();
        SwaggerParseResult parsed = new OpenAPIParser().readContents(live, null, options);
        assertThat(parsed.getMessages()).as("parser messages").isEmpty();
        api = parsed.getOpenAPI();
    }

    @Test
    void theCheckedInSpecIsTheLiveDocument() throws IOException {
        String pretty = pretty(live);
        Path written = Path.of("target/openapi/xingping-v1.json");
        Files.createDirectories(written.getParent());
        Files.writeString(written, pretty);
        String checkedIn = Files.exists(Path.of(SPEC)) ? Files.readString(Path.of(SPEC)) : "";
        if (!checkedIn.equals(pretty)) {
            fail("The API changed; the generated client is built from " + SPEC + ". Review and take the new document:\n"
                    + "    cp " + written + " " + SPEC + "\n" + diff(checkedIn, pretty));
        }
    }

    @Test
    void aTitleADescriptionTheApplicationsVersionAndBothSignIns() {
        assertThat(api.getInfo().getTitle()).contains("Xingping");
        assertThat(api.getInfo().getDescription()).contains("Bearer");
        assertThat(api.getInfo().getVersion()).isEqualTo(build.getVersion());
        assertThat(api.getComponents().getSecuritySchemes()).containsOnlyKeys("token", "basic");
        assertThat(api.getComponents().getSecuritySchemes().get("token").getScheme()).isEqualTo("bearer");
    }

    @Test
    void everyOperationHasItsOwnMeaningfulIdAndOneRequestBodyType() {
        Map<String, String> ids = new HashMap<>();
        operations().forEach((where, operation) -> {
            assertThat(operation.getOperationId()).as(where).isNotBlank().doesNotMatch(".*_\\d+$");
            assertThat(ids.put(operation.getOperationId(), where)).as("operationId %s of %s", operation.getOperationId(), where)
                    .isNull();
            if (operation.getRequestBody() != null) {
                assertThat(operation.getRequestBody().getContent()).as(where).hasSize(1);
            }
        });
        assertThat(ids).containsKeys("editUnit", "getRecord", "fileWithEvidenceRecord", "approveReview");
    }

    @Test
    void nestedRecordsWithTheSameSimpleNameAreDistinctCompleteSchemas() {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        // a simple name two nested types share may not be a schema's: it would stand for both, with one's fields
        Map<String, Long> nested = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.xingping").stream().filter(type -> type.getEnclosingClass().isPresent())
                .collect(Collectors.groupingBy(JavaClass::getSimpleName, Collectors.counting()));
        List<String> shared = nested.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        assertThat(shared).contains("StarGroup", "Row");
        assertThat(schemas.keySet()).doesNotContainAnyElementsOf(shared);
        assertThat(properties(schemas, "ElementChoicesStarGroup")).containsExactly("id", "name", "elements");
        assertThat(properties(schemas, "UnitFactsViewStarGroup")).contains("assessed", "penalties").doesNotContain("elements");
        assertThat(properties(schemas, "OverviewRow")).contains("rank", "stars");
        assertThat(properties(schemas, "ConductTableRow")).contains("conduct", "improved");
    }

    @Test
    void recordComponentsThatAreNeverNullAreRequired() {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        assertThat(schemas.get("ElementChoicesStarGroup").getRequired()).containsExactly("elements");
        assertThat(schemas.get("RecordView").getRequired()).contains("year", "partAssumed", "falsified", "evidence")
                .doesNotContain("id", "reviewReason");
        assertThat(schemas.get("UnitForm").getRequired()).containsExactlyInAnyOrder("inTargetAssessment", "committeeOwn");
    }

    @Test
    void everyErrorIsProblemJsonWithTheProblemSchema() {
        operations().forEach((where, operation) -> {
            assertThat(operation.getResponses()).as(where).containsKeys("401", "403");
            operation.getResponses().forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    assertThat(response.getContent()).as(where + " " + code).containsOnlyKeys("application/problem+json");
                    assertThat(response.getContent().get("application/problem+json").getSchema().get$ref())
                            .as(where + " " + code).isEqualTo("#/components/schemas/ProblemDetail");
                }
            });
            if (where.contains("{")) {
                assertThat(operation.getResponses()).as(where).containsKey("404");
            }
            if (!where.startsWith("GET ")) {
                assertThat(operation.getResponses()).as(where).containsKey("409");
            }
        });
        assertThat(api.getComponents().getSchemas().get("ProblemDetail").getProperties()).containsKeys("status", "detail", "errors");
        assertThat(api.getPaths().get("/api/v1/records/with-evidence").getPost().getResponses()).containsKey("413");
        assertThat(api.getPaths().get("/api/v1/me").getGet().getResponses().get("401").getHeaders()).containsKey("WWW-Authenticate");
    }

    @Test
    void multipartBodiesSayHowEachPartIsEncoded() {
        List<String> multipart = new ArrayList<>();
        operations().forEach((where, operation) -> {
            MediaType form = operation.getRequestBody() == null ? null
                    : operation.getRequestBody().getContent().get("multipart/form-data");
            if (form != null) {
                multipart.add(where);
                assertThat(form.getEncoding()).as(where).isNotNull().containsOnlyKeys(form.getSchema().getProperties().keySet());
            }
        });
        assertThat(multipart).contains("POST /api/v1/records/with-evidence", "POST /api/v1/records/{id}/evidence");
        MediaType withEvidence = api.getPaths().get("/api/v1/records/with-evidence").getPost().getRequestBody().getContent()
                .get("multipart/form-data");
        assertThat(withEvidence.getEncoding().get("record").getContentType()).isEqualTo("application/json");
        assertThat(withEvidence.getEncoding().get("files").getContentType()).isEqualTo("application/octet-stream");
        assertThat(api.getPaths().get("/api/v1/records").getPost().getRequestBody().getContent()).containsOnlyKeys("application/json");
    }

    private Map<String, Operation> operations() {
        Map<String, Operation> all = new TreeMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                all.put(method + " " + path, operation)));
        assertThat(all).hasSizeGreaterThan(60);
        return all;
    }

    private static List<String> properties(Map<String, Schema> schemas, String name) {
        assertThat(schemas).containsKey(name);
        return new ArrayList<String>(schemas.get(name).getProperties().keySet());
    }

    /** The document with every object's keys sorted, indented: a stable file that diffs by line. */
    static String pretty(String json) {
        return JSON.writeValueAsString(sorted(JSON.readTree(json))) + "\n";
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            new TreeMap<String, JsonNode>(node.propertyStream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                    Map.Entry::getValue))).forEach((key, value) -> copy.set(key, sorted(value)));
            return copy;
        }
        if (node.isArray()) {
            tools.jackson.databind.node.ArrayNode copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    /** The lines that differ, each side's, at most 60 of them: enough to see what changed. */
    private static String diff(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        StringBuilder out = new StringBuilder("@@ line " + (start + 1) + " @@\n");
        a.subList(start, Math.min(endA, start + 30)).forEach(line -> out.append("- ").append(line).append('\n'));
        b.subList(start, Math.min(endB, start + 30)).forEach(line -> out.append("+ ").append(line).append('\n'));
        return out.toString();
    }
}
