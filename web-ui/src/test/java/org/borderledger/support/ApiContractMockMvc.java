package org.borderledger.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.atlassian.oai.validator.mockmvc.MockMvcRequest;
import com.atlassian.oai.validator.mockmvc.MockMvcResponse;
import java.util.List;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every MockMvc exchange of a test on the API's paths is checked against the OpenAPI document the
 * application itself serves ({@link ApiContract}), with no change to the test: this customizer is a bean of
 * every test context (registered by {@link InEveryContext} in META-INF/spring.factories), and Spring Boot
 * applies it to the MockMvc that {@code @AutoConfigureMockMvc} builds.
 */
public final class ApiContractMockMvc implements MockMvcBuilderCustomizer {

    private final WebApplicationContext application;
    private volatile ApiContract contract;

    ApiContractMockMvc(WebApplicationContext application) {
        this.application = application;
    }

    @Override
    public void customize(ConfigurableMockMvcBuilder<?> builder) {
        builder.alwaysExpect(this::check);
    }

    private void check(MvcResult result) throws Exception {
        // An asynchronous answer (a long poll) is checked when the test dispatches it; this is its start.
        if (ApiContract.covers(result.getRequest().getRequestURI()) && !result.getRequest().isAsyncStarted()) {
            contract().check(MockMvcRequest.of(result.getRequest()), MockMvcResponse.of(result.getResponse()));
        }
    }

    /** The document as the application serves it, read through a MockMvc of its own (no check, no security). */
    private ApiContract contract() throws Exception {
        if (contract == null) {
            String path = application.getEnvironment().getRequiredProperty("springdoc.api-docs.path");
            contract = ApiContract.of(MockMvcBuilders.webAppContextSetup(application).build().perform(get(path))
                    .andReturn().getResponse().getContentAsString());
        }
        return contract;
    }

    /** Adds the customizer to every test context; a context without MockMvc simply does not use it. */
    public static final class InEveryContext implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configurations) {
            return new Registration();
        }
    }

    /** A record: equal in every test class, so the customizer never splits Spring's cache of contexts. */
    private record Registration() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            if (context instanceof WebApplicationContext) {
                context.getBeanFactory().registerSingleton(ApiContractMockMvc.class.getName(),
                        new ApiContractMockMvc((WebApplicationContext) context));
            }
        }
    }
}
