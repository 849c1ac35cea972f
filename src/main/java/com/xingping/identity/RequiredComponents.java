package com.xingping.identity;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Marks a Java record's components that are never null as required: primitives, and lists and maps (the
 * application answers an empty one, never null). Boxed values and strings may be null, so they stay optional.
 */
final class RequiredComponents implements ModelConverter {

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> schema = chain.next().resolve(type, context, chain);
        Class<?> raw = type.getType() == null ? null : Json.mapper().constructType(type.getType()).getRawClass();
        if (schema != null && raw != null && raw.isRecord()) {
            require(schema, raw);
            // the schema kept under its name may be another object than the one answered
            String name = schema.get$ref() != null ? schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1)
                    : schema.getName();
            if (name != null && context.getDefinedModels().get(name) != null) {
                require(context.getDefinedModels().get(name), raw);
            }
        }
        return schema;
    }

    private static void require(Schema<?> schema, Class<?> record) {
        if (schema.getProperties() == null) {
            return;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            if (neverNull(component.getType()) && schema.getProperties().containsKey(component.getName())
                    && (schema.getRequired() == null || !schema.getRequired().contains(component.getName()))) {
                schema.addRequiredItem(component.getName());
            }
        }
    }

    private static boolean neverNull(Class<?> type) {
        return type.isPrimitive() || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
    }
}
