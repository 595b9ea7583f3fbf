package org.carecoord.apidocs;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Unique schema names for CareCoord's own types. springdoc names a schema by the class's simple name, so two records
 * called {@code Withdrawal} (a document's, an episode's) or {@code Requested} shared one schema and one of the
 * endpoints showed the other's body. A nested type is named with its outer class ({@code Caseload.Of} →
 * "CaseloadOf", {@code DocumentController.Withdrawal} → "DocumentWithdrawal"); a name still taken by another class
 * gets its feature package in front.
 */
final class SchemaNames implements ModelConverter {

    private static final String ROOT = "org.carecoord.";
    private final Map<String, Class<?>> taken = new ConcurrentHashMap<>();

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (type.getType() != null && (type.getName() == null || type.getName().isBlank())) {
            JavaType java = Json.mapper().constructType(type.getType());
            Class<?> raw = java.getRawClass();
            if (raw.getName().startsWith(ROOT)
                    && !raw.isEnum()
                    && !java.isContainerType()
                    && !raw.isAnnotationPresent(io.swagger.v3.oas.annotations.media.Schema.class)) {
                type.name(nameFor(raw));
            }
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    private String nameFor(Class<?> type) {
        String name = type.getSimpleName();
        Class<?> outer = type.getEnclosingClass();
        if (outer != null) {
            String prefix = outer.getSimpleName().replaceFirst("Controller$", "");
            name = name.startsWith(prefix) ? name : prefix + name;
        }
        Class<?> owner = taken.putIfAbsent(name, type);
        if (owner == null || owner == type) {
            return name;
        }
        String feature = FeatureTags.feature(type.getPackageName());
        String qualified = Character.toUpperCase(feature.charAt(0)) + feature.substring(1) + name;
        taken.putIfAbsent(qualified, type);
        return qualified;
    }
}
