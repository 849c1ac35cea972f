package com.xingping.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Encoding;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Every operation lists the errors it can answer, each as application/problem+json with the
 * {@code ProblemDetail} schema: 400 when it takes input, 401 and 403 always (every call signs in), 404 when it
 * names something by id, 409 when it changes something, 413 when it takes files, 503 always. A multipart body
 * says how each part is encoded: a JSON part as application/json, a file as it is.
 */
final class ProblemResponses implements OpenApiCustomizer {
    static final String PROBLEM = "ProblemDetail";
    private static final Set<PathItem.HttpMethod> CHANGES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    @Override
    public void customise(OpenAPI api) {
        // here, not with the other components: springdoc drops schemas nothing refers to before customizers run
        api.getComponents().addSchemas(PROBLEM, problemSchema());
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            operation.setResponses(responses);
            boolean multipart = describeParts(operation);
            boolean input = operation.getRequestBody() != null
                    || operation.getParameters() != null && !operation.getParameters().isEmpty();
            add(responses, HttpStatus.BAD_REQUEST, input, "the request is refused; errors names each field and why");
            add(responses, HttpStatus.UNAUTHORIZED, true, "no valid token (or Basic credentials); see WWW-Authenticate");
            add(responses, HttpStatus.FORBIDDEN, true, "the account's role may not do this");
            add(responses, HttpStatus.NOT_FOUND, path.contains("{"), "no such thing, or not visible to the caller");
            add(responses, HttpStatus.CONFLICT, CHANGES.contains(method),
                    "what is already there stands in the way: a code in use, a record already decided, a stale version");
            add(responses, HttpStatus.CONTENT_TOO_LARGE, multipart, "a file or the request is larger than allowed");
            add(responses, HttpStatus.SERVICE_UNAVAILABLE, true, "the database or storage could not take it; nothing was saved");
            responses.forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    response.setContent(new Content().addMediaType(MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            new io.swagger.v3.oas.models.media.MediaType().schema(new Schema<>().$ref(PROBLEM))));
                }
            });
            responses.get("401").addHeaderObject("WWW-Authenticate", new Header().schema(new StringSchema())
                    .description("Bearer realm=\"xingping\" (with error=\"invalid_token\" for a refused token), and Basic"));
        }));
    }

    /** What {@code ApiErrors} and the other error handlers answer (RFC 9457 with the errors listed). */
    private static Schema<?> problemSchema() {
        Schema<?> error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the field, part or parameter at fault"))
                .addProperty("reason", new StringSchema().description("why, in Chinese"))
                .addProperty("row", new IntegerSchema().description("a spreadsheet's row number, for imports"))
                .addProperty("column", new StringSchema().description("a spreadsheet's column, for imports"))
                .addProperty("line", new StringSchema().description("the whole problem as one line, for imports"))
                .required(List.of("field", "reason"));
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri").example("about:blank"))
                .addProperty("title", new StringSchema().example("Bad request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().description("every problem, one per line"))
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("errors", new ArraySchema().items(error))
                .addProperty("unlisted", new IntegerSchema().description("row problems beyond those listed, for imports"))
                .required(List.of("title", "status"));
    }

    private static void add(ApiResponses responses, HttpStatus status, boolean applies, String description) {
        String code = String.valueOf(status.value());
        if (applies && !responses.containsKey(code)) {
            responses.addApiResponse(code, new ApiResponse().description(status.getReasonPhrase() + ": " + description));
        } else if (responses.containsKey(code) && responses.get(code).getDescription() != null
                && responses.get(code).getDescription().equals(status.getReasonPhrase())) {
            responses.get(code).setDescription(status.getReasonPhrase() + ": " + description);
        }
    }

    /** Sets the encoding of each part of a multipart body; true if the operation takes one. */
    private static boolean describeParts(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return false;
        }
        io.swagger.v3.oas.models.media.MediaType form = operation.getRequestBody().getContent().get(MediaType.MULTIPART_FORM_DATA_VALUE);
        if (form == null || form.getSchema() == null || form.getSchema().getProperties() == null) {
            return false;
        }
        Map<String, Schema> parts = form.getSchema().getProperties();
        parts.forEach((name, part) -> form.addEncoding(name, new Encoding().contentType(contentType(part))));
        return true;
    }

    private static String contentType(Schema<?> part) {
        if (isFile(part)) {
            return MediaType.APPLICATION_OCTET_STREAM_VALUE;
        }
        return part.get$ref() != null || "object".equals(part.getType()) || part.getTypes() != null
                && part.getTypes().contains("object") ? MediaType.APPLICATION_JSON_VALUE : MediaType.TEXT_PLAIN_VALUE;
    }

    private static boolean isFile(Schema<?> part) {
        Schema<?> item = part.getItems() != null ? part.getItems() : part;
        return "binary".equals(item.getFormat()) || item.getContentMediaType() != null;
    }
}
