package org.borderledger.detail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.borderledger.detail.api.ConsignmentDetail;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The JSONB columns of the detail and timeline tables, written and read with the event serializer's
 * ObjectMapper, so the value objects inside a detail round-trip exactly as they do in the events.
 */
@Component
class JsonDocuments {

    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    JsonDocuments(@Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
        this.json = json;
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    ConsignmentDetail detail(String document) {
        return read(document, new TypeReference<>() {
        });
    }

    Map<String, String> details(String document) {
        return read(document, DETAILS);
    }

    private <T> T read(String document, TypeReference<T> type) {
        try {
            return json.readValue(document, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON does not read as " + type.getType(), e);
        }
    }
}
