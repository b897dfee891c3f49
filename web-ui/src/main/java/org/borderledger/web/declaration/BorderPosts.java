package org.borderledger.web.declaration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Kazakhstan–Russia border posts a declaration may name, read once from {@code border-posts.csv}
 * (name, region, kind) shipped with the application.
 */
@Component
public class BorderPosts {

    private final List<BorderPost> posts;

    BorderPosts() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("border-posts.csv").getInputStream(), StandardCharsets.UTF_8))) {
            posts = reader.lines().skip(1).filter(line -> !line.isBlank())
                    .map(line -> line.split(",", -1))
                    .map(columns -> new BorderPost(columns[0].strip(), columns[1].strip(), columns[2].strip()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("border-posts.csv cannot be read", e);
        }
    }

    public List<BorderPost> all() {
        return posts;
    }

    public boolean exists(String name) {
        return posts.stream().anyMatch(post -> post.name().equals(name));
    }

    /** {@code region} is empty for the smaller bilateral posts, whose region the list does not give. */
    public record BorderPost(String name, String region, String kind) {
    }
}
