package com.xingping.identity;

import java.util.Iterator;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

import com.fasterxml.jackson.databind.JavaType;

/**
 * Names a nested type's schema after its enclosing types ({@code ScorecardView.StarGroup} →
 * {@code ScorecardViewStarGroup}, an enclosing {@code …Api} dropping its suffix: {@code ReviewApi.Decision} →
 * {@code ReviewDecision}, {@code TokenApi.TokenForm} → {@code TokenForm}): by their simple names alone, two nested records called {@code StarGroup} would be one
 * schema with the fields of whichever was read first. A type whose {@code @Schema} names it keeps that name.
 */
final class SchemaNames implements ModelConverter {

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        if (type.getName() == null && type.getType() != null) {
            JavaType javaType = Json.mapper().constructType(type.getType());
            String name = name(javaType);
            if (name != null) {
                type.name(name);
            }
        }
        return chain.next().resolve(type, context, chain);
    }

    /** The name for a nested (or generic over nested) application type; null to leave the name to swagger-core. */
    static String name(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (type.isContainerType() || !ours(raw) || raw.isAnnotationPresent(io.swagger.v3.oas.annotations.media.Schema.class)
                && !raw.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class).name().isEmpty()) {
            return null;
        }
        boolean nestedParameter = false;
        StringBuilder parameters = new StringBuilder();
        for (int i = 0; i < type.containedTypeCount(); i++) {
            JavaType parameter = type.containedType(i);
            String nested = name(parameter);
            nestedParameter |= nested != null;
            parameters.append(nested != null ? nested : parameter.getRawClass().getSimpleName());
        }
        if (raw.getEnclosingClass() == null) {
            return nestedParameter ? raw.getSimpleName() + parameters : null;
        }
        String prefix = enclosing(raw);
        return (raw.getSimpleName().startsWith(prefix) ? "" : prefix) + raw.getSimpleName() + parameters;
    }

    private static String enclosing(Class<?> type) {
        StringBuilder prefix = new StringBuilder();
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            String name = outer.getSimpleName();
            prefix.insert(0, name.endsWith("Api") && name.length() > 3 ? name.substring(0, name.length() - 3) : name);
        }
        return prefix.toString();
    }

    private static boolean ours(Class<?> type) {
        return type.getName().startsWith("com.xingping.");
    }
}
