package org.borderledger.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Problem details as RFC 9457 writes them, with {@code code} and {@code errors} at the top level. The
 * application's one ObjectMapper is Axon's, which lacks Spring's mix-in for {@link ProblemDetail}; the
 * web layer writes with a copy that has it, and the events keep their mapper untouched.
 */
@Configuration
class ProblemJson implements WebMvcConfigurer {

    private final ObjectMapper mapper;

    ProblemJson(ObjectMapper json) {
        this.mapper = json.copy().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);
    }

    ObjectMapper mapper() {
        return mapper;
    }

    /** The responses' JSON converter writes with the copy: the same conventions, plus the mix-in. */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.stream().filter(MappingJackson2HttpMessageConverter.class::isInstance)
                .map(MappingJackson2HttpMessageConverter.class::cast)
                .forEach(converter -> converter.setObjectMapper(mapper));
    }
}
