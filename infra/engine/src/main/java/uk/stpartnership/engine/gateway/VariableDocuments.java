package uk.stpartnership.engine.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;

/** Variables cross Zeebe's wire as JSON documents whose root must be an object. */
final class VariableDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private VariableDocuments() {
    }

    /**
     * @param field names the request field in the refusal
     * @throws InvalidRequest when the document is not a JSON object (the message never repeats the document: it may
     *                        hold personal data)
     */
    static Map<String, Object> read(String document, String field) {
        if (document == null || document.isBlank()) {
            return Map.of();
        }
        JsonNode node;
        try {
            node = JSON.readTree(document);
        } catch (JsonProcessingException e) {
            throw new InvalidRequest(field + ": not a JSON document (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new InvalidRequest(field + ": expected a JSON object, got " + node.getNodeType().name().toLowerCase());
        }
        return JSON.convertValue(node, MAP);
    }

    static String write(Map<String, ?> values) {
        if (values == null || values.isEmpty()) {
            return "{}";
        }
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A variable could not be written as JSON", e);
        }
    }
}
