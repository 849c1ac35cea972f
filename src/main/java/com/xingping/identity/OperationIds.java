package com.xingping.identity;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.models.Operation;

/**
 * An operation's id is its method's name with the controller's subject ({@code UnitApi.edit} → {@code editUnit}),
 * the method name alone when it already names the subject ({@code ScorecardApi.scorecard}); an id written in
 * {@code @Operation} wins. Stable, unlike springdoc's {@code edit_2}, which shifts when another {@code edit} appears.
 */
final class OperationIds implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        io.swagger.v3.oas.annotations.Operation written = handler.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
        if (written != null && !written.operationId().isEmpty()) {
            return operation.operationId(written.operationId());
        }
        return operation.operationId(id(handler.getBeanType().getSimpleName(), handler.getMethod().getName()));
    }

    static String id(String controller, String method) {
        String subject = controller.replaceFirst("(Api|Controller)$", "");
        return method.toLowerCase(java.util.Locale.ROOT).contains(subject.toLowerCase(java.util.Locale.ROOT)) ? method
                : method + subject;
    }
}
