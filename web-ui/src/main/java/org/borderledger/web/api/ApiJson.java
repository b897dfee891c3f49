package org.borderledger.web.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.borderledger.web.declaration.Amounts;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The JSON that requests and responses are read and written with: a copy of the application's one
 * ObjectMapper (Axon's, so a declaration has the shape the events give it), plus three things the
 * events do not need. Spring's mix-in writes {@link ProblemDetail} as RFC 9457 does, with {@code code}
 * and {@code errors} at the top level; a number such as {@code 1e999999999} is refused as it is
 * read ({@link Amounts}); and a duration is written as the ISO-8601 string the OpenAPI document
 * gives it (PT26H5M), which says its units, rather than as bare seconds. The events keep their mapper untouched.
 */
@Configuration
class ApiJson implements WebMvcConfigurer {

    private final ObjectMapper mapper;

    ApiJson(ObjectMapper json) {
        this.mapper = json.copy().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .registerModule(new SimpleModule("plausible-amounts").addDeserializer(BigDecimal.class, new PlausibleAmount()));
    }

    ObjectMapper mapper() {
        return mapper;
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.stream().filter(MappingJackson2HttpMessageConverter.class::isInstance)
                .map(MappingJackson2HttpMessageConverter.class::cast)
                .forEach(converter -> converter.setObjectMapper(mapper));
    }

    private static final class PlausibleAmount extends NumberDeserializers.BigDecimalDeserializer {

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal number = super.deserialize(parser, context);
            return number == null ? null : Amounts.plausible("amount", "Number", number);
        }
    }
}
