package org.carecoord.apidocs;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import org.carecoord.web.OneOf;
import org.springdoc.core.customizers.PropertyCustomizer;

/** A field validated by {@code @OneOf} lists its codes as the schema's enum, so clients see what is accepted. */
final class OneOfValues implements PropertyCustomizer {

    @Override
    @SuppressWarnings("unchecked")
    public Schema customize(Schema property, AnnotatedType type) {
        Annotation[] annotations = type.getCtxAnnotations();
        if (annotations == null || !"string".equals(property.getType()) && !hasStringType(property)) {
            return property;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof OneOf oneOf) {
                property.setEnum(new ArrayList<Object>(List.of((Object[]) oneOf.value())));
            }
        }
        return property;
    }

    private static boolean hasStringType(Schema<?> property) {
        return property.getTypes() != null && property.getTypes().contains("string");
    }
}
