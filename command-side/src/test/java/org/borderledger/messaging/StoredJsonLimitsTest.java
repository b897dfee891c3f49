package org.borderledger.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

class StoredJsonLimitsTest {

    record Named(String name) {
    }

    record Nested(List<Object> inner) {
    }

    @Test
    void aDocumentExactlyAtTheBoundIsWrittenAndReadBackAndOneByteMoreIsRefusedWhenWritten() throws Exception {
        ObjectMapper json = JsonMapper.builder(StoredJsonLimits.jsonFactory(1_000)).build();
        String atLimit = "x".repeat(1_000 - "{\"name\":\"\"}".length());

        byte[] written = json.writeValueAsBytes(new Named(atLimit));

        assertThat(written).hasSize(1_000);
        assertThat(json.readValue(written, Named.class).name()).isEqualTo(atLimit);
        assertThatThrownBy(() -> json.writeValueAsBytes(new Named(atLimit + "x")))
                .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("longer than 1000 bytes");
        assertThatThrownBy(() -> json.writeValueAsString(new Named(atLimit + "x")))
                .isInstanceOf(StreamConstraintsException.class);
    }

    @Test
    void axonsSerializerReadsBackAStringPastJacksonsDefaultReadLimit() {
        JacksonSerializer serializer = JacksonSerializer.builder()
                .objectMapper(MessagingConfiguration.defaultAxonObjectMapper()).build();
        // Jackson reads at most 20,000,000 characters a string by default; this one was stored and then unreadable
        String name = "N".repeat(25_000_000);

        SerializedObject<byte[]> stored = serializer.serialize(new Named(name), byte[].class);
        Named read = serializer.deserialize(stored);

        assertThat(read.name()).hasSize(25_000_000);
    }

    @Test
    void nestingIsBoundedAlikeWhenWrittenSoWhatIsWrittenCanBeRead() {
        JacksonSerializer serializer = JacksonSerializer.builder()
                .objectMapper(MessagingConfiguration.defaultAxonObjectMapper()).build();
        Object deep = List.of();
        for (int i = 0; i < StoredJsonLimits.MAX_NESTING_DEPTH + 1; i++) {
            deep = List.of(deep);
        }
        Nested tooDeep = new Nested(List.of(deep));

        assertThatThrownBy(() -> serializer.serialize(tooDeep, byte[].class))
                .isInstanceOf(SerializationException.class).hasRootCauseInstanceOf(StreamConstraintsException.class);
    }
}
