package org.borderledger.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The console's languages and its pages without a controller. Languages: English, Russian and
 * Kazakh; {@code ?lang=ru} on any page switches, and a cookie keeps the choice; until then the
 * browser's preferred language decides.
 */
@Configuration
class ConsoleWebConfiguration implements WebMvcConfigurer {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("kk"));

    private final QueryParameterGuard parameters;
    private final DirectErrorRequests directErrors;
    private final String errorPath;

    ConsoleWebConfiguration(QueryParameterGuard parameters, DirectErrorRequests directErrors,
                            @Value("${server.error.path:/error}") String errorPath) {
        this.parameters = parameters;
        this.directErrors = directErrors;
        this.errorPath = errorPath;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("borderledger-language");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Strict");
        resolver.setDefaultLocaleFunction(request -> LANGUAGES.stream()
                .filter(language -> language.getLanguage().equals(request.getLocale().getLanguage()))
                .findFirst().orElse(Locale.ENGLISH));
        return resolver;
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/login").setViewName("login");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        // An unknown ?lang= is ignored rather than answered with an error page.
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(parameters);
        registry.addInterceptor(directErrors).addPathPatterns(errorPath);
    }
}
