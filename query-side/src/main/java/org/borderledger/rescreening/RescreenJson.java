package org.borderledger.rescreening;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.borderledger.consignment.api.ScreeningHit;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** The JSONB columns of the re-screening tables, with the event serializer's ObjectMapper so hits read back as in the events. */
@Component
class RescreenJson {

    private final ObjectMapper json;

    RescreenJson(@Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
        this.json = json;
    }

    private static final TypeReference<List<ScreeningHit>> HITS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> KEYS = new TypeReference<>() {
    };

    String writeKeys(List<String> keys) {
        return write(keys, KEYS);
    }

    /** Written as the list type, so that every hit carries its kind as it does in the events. */
    String writeHits(List<ScreeningHit> hits) {
        return write(hits, HITS);
    }

    List<String> keys(String document) {
        return read(document, KEYS);
    }

    List<ScreeningHit> hits(String document) {
        return read(document, HITS);
    }

    private String write(Object value, TypeReference<?> type) {
        try {
            return json.writerFor(type).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a re-screening JSON column", e);
        }
    }

    private <T> T read(String document, TypeReference<T> type) {
        try {
            return json.readValue(document, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a re-screening JSON column", e);
        }
    }
}
