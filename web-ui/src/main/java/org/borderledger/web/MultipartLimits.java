package org.borderledger.web;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server parses multipart bodies, which only the screening-list uploads send, up to the list-upload
 * limit ({@link RequestSizeProperties#maxListUploadSize()}); the rest of {@code spring.servlet.multipart}
 * applies as Spring Boot would apply it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class MultipartLimits {

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties multipart, RequestSizeProperties sizes) {
        MultipartConfigElement configured = multipart.createMultipartConfig();
        long max = sizes.maxListUploadSize().toBytes();
        return new MultipartConfigElement(configured.getLocation(), max, max, configured.getFileSizeThreshold());
    }
}
