package org.carecoord.fhir.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Property;

/**
 * Reads a request body into an R4 {@link Bundle} with the shared context's JSON parser, collecting every problem
 * instead of logging it: HAPI's default handler would log refused values, which may be patient data.
 */
final class BundleReader {

    /** The Bundle, or null when the body is not one; problems found on the way (none: read cleanly). */
    record Read(Bundle bundle, List<Problem> problems) {}

    private final FhirContext fhir;
    private final ObjectMapper json;

    BundleReader(FhirContext fhir, ObjectMapper json) {
        this.fhir = fhir;
        this.json = json;
    }

    Read read(byte[] body) {
        if (body == null || body.length == 0) {
            return failed(Problem.required(null, "A FHIR Bundle (JSON) is required as the request body."));
        }
        // the application's own JSON rules first (well-formed, no key twice), which HAPI's parser does not check
        try {
            json.readTree(body);
        } catch (JsonParseException duplicate) {
            if (String.valueOf(duplicate.getOriginalMessage()).startsWith("Duplicate field")) {
                return failed(Problem.structure(pathOf(duplicate), "appears more than once"));
            }
            return failed(notJson());
        } catch (IOException malformed) {
            return failed(notJson());
        }
        var collected = new CollectingErrorHandler();
        IParser parser = fhir.newJsonParser().setParserErrorHandler(collected);
        IBaseResource resource;
        try {
            resource = parser.parseResource(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        } catch (DataFormatException notFhir) {
            // HAPI's message quotes what it found
            return failed(Problem.structure(null, "The body is not a FHIR R4 resource in JSON (check resourceType)."));
        }
        if (!(resource instanceof Bundle bundle)) {
            return failed(Problem.structure(
                    null, "The body must be a FHIR Bundle of type transaction (resourceType Bundle)."));
        }
        List<Problem> problems = new ArrayList<>(collected.problems());
        invalidPrimitives(bundle, "Bundle", problems);
        for (String element : collected.invalidValues()) {
            boolean named = problems.stream()
                    .map(Problem::expression)
                    .anyMatch(at -> at != null
                            && element != null
                            && at.matches(".*\\." + java.util.regex.Pattern.quote(element) + "(\\[\\d+])?"));
            if (!named) {
                problems.add(Problem.value(null, "'" + element + "' has a value that is not valid"));
            }
        }
        return new Read(bundle, problems);
    }

    private static Read failed(Problem problem) {
        return new Read(null, List.of(problem));
    }

    private static Problem notJson() {
        return Problem.structure(null, "The request body is not well-formed JSON.");
    }

    /**
     * Values the parser kept as text but could not read (a date of another format, a code not in its value set):
     * named with their full path, which the parser's own report does not give.
     */
    private static void invalidPrimitives(Base element, String path, List<Problem> problems) {
        for (Property property : element.children()) {
            List<Base> values = property.getValues();
            for (int i = 0; i < values.size(); i++) {
                String at = path + "." + property.getName().replace("[x]", "")
                        + (property.getMaxCardinality() > 1 ? "[" + i + "]" : "");
                if (values.get(i) instanceof PrimitiveType<?> primitive) {
                    if (primitive.getValueAsString() != null && primitive.getValue() == null) {
                        problems.add(Problem.value(at, "is not a valid " + primitive.fhirType()));
                    }
                } else {
                    invalidPrimitives(values.get(i), at, problems);
                }
            }
        }
    }

    /** The duplicated key's path in the body, e.g. {@code Bundle.entry[0].resource.birthDate}. */
    private static String pathOf(JsonParseException duplicate) {
        List<String> parts = new ArrayList<>();
        JsonParser parser = duplicate.getProcessor();
        if (parser != null) {
            for (JsonStreamContext at = parser.getParsingContext(); at != null && !at.inRoot(); at = at.getParent()) {
                parts.add(0, at.inArray() ? "[" + at.getCurrentIndex() + "]" : "." + at.getCurrentName());
            }
        }
        return "Bundle" + String.join("", parts);
    }
}
