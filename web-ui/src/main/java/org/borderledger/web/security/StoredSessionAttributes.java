package org.borderledger.web.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ConfigurableObjectInputStream;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * How the console's session attributes (the signed-in user, the CSRF token, a request saved for
 * after sign-in, flash messages) are kept in the {@code spring_session_attributes} table, which every
 * instance reads. They are written with Java serialization, and read back only as classes of the JDK's
 * basic packages, Spring's web and security, and this application: whoever can write a row cannot make
 * an instance build anything else. A value that no longer reads (written by a release whose classes
 * have since changed, or refused by that filter) counts as absent: its user signs in again rather
 * than meeting an error page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class StoredSessionAttributes {

    static final ObjectInputFilter READABLE_CLASSES = ObjectInputFilter.Config.createFilter(
            "maxdepth=20;maxrefs=10000;maxbytes=1048576;maxarray=100000;"
                    // Flash messages wait in a java.util.concurrent.CopyOnWriteArrayList.
                    + "java.lang.*;java.util.*;java.util.concurrent.*;java.time.*;"
                    + "org.springframework.security.**;org.springframework.web.**;org.springframework.util.*;"
                    + "org.borderledger.**;!*");

    private static final Logger log = LoggerFactory.getLogger(StoredSessionAttributes.class);

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeConversion() {
        return repository -> repository.setConversionService(conversion());
    }

    static GenericConversionService conversion() {
        DeserializingConverter deserializer = new DeserializingConverter(StoredSessionAttributes::read);
        GenericConversionService conversion = new GenericConversionService();
        conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversion.addConverter(byte[].class, Object.class, bytes -> {
            try {
                return deserializer.convert(bytes);
            } catch (SerializationFailedException unreadable) {
                log.warn("A stored session attribute could not be read and counts as absent: {}",
                        unreadable.getMostSpecificCause().toString());
                return null;
            }
        });
        return conversion;
    }

    private static Object read(InputStream bytes) throws IOException {
        ObjectInputStream in = new ConfigurableObjectInputStream(bytes, StoredSessionAttributes.class.getClassLoader());
        in.setObjectInputFilter(info -> {
            ObjectInputFilter.Status status = READABLE_CLASSES.checkInput(info);
            if (status == ObjectInputFilter.Status.REJECTED) {
                log.warn("A stored session attribute holds {}, which this instance does not read", info.serialClass() == null
                        ? "more than the allowed depth, references or bytes" : info.serialClass().getName());
            }
            return status;
        });
        try {
            return in.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException(e);
        }
    }
}
