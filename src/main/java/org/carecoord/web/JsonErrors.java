package org.carecoord.web;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Where in a request body Jackson failed, as the dotted path {@link ApiExceptionHandler} names. */
final class JsonErrors {

    private JsonErrors() {}

    static boolean isTruncatedOrMalformed(JsonProcessingException ex) {
        return ex instanceof JsonParseException
                || String.valueOf(ex.getOriginalMessage()).contains("end-of-input");
    }

    static boolean isDuplicateKey(JsonParseException ex) {
        return String.valueOf(ex.getOriginalMessage()).startsWith("Duplicate field")
                && ex.getProcessor() instanceof JsonParser;
    }

    /** The duplicated key's path: the parser's context at the failure (it has already taken the key's name). */
    static String path(JsonParseException ex) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext at = ((JsonParser) ex.getProcessor()).getParsingContext();
                at != null && !at.inRoot();
                at = at.getParent()) {
            parts.add(0, at.inArray() ? "[" + at.getCurrentIndex() + "]" : at.getCurrentName());
        }
        return String.join(".", parts).replace(".[", "[");
    }

    static String path(JsonMappingException ex) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : ex.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
