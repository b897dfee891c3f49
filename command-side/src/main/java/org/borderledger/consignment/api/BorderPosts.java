package org.borderledger.consignment.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * The border posts a declaration may name: reference data of the domain, shipped with the command side
 * in {@code reference/border-posts.csv} (described beside it) and read once. A declaration or an
 * amendment that names another post is refused on its {@code borderPost}. Stored events are not
 * checked against the list, so that a post taken off it leaves the history readable.
 */
public final class BorderPosts {

    /**
     * A post as the list gives it: {@code region} is empty for the smaller bilateral posts; the time zone
     * is the one its officers work in, in which the console shows them every time. {@code country} is the
     * neighbouring country the post leads to, where goods presented there leave for; {@code null} for a
     * sea port, whose ships may sail to any shore of its sea.
     */
    public record BorderPost(String name, String region, String kind, ZoneId timeZone, CountryCode country) {
    }

    private static final String RESOURCE = "/reference/border-posts.csv";
    private static final String CHOOSE = "Choose a border post from the list";
    private static final List<BorderPost> ALL = read();

    private BorderPosts() {
    }

    /** Every post, in the order of the list. */
    public static List<BorderPost> all() {
        return ALL;
    }

    /** The post of this name, if the list has one. */
    public static Optional<BorderPost> named(String name) {
        return ALL.stream().filter(post -> post.name().equals(name)).findFirst();
    }

    /** The name, when it is a post of the list; refused on {@code borderPost} otherwise. */
    public static String require(String name) {
        return require("borderPost", name);
    }

    /** The name, when it is a post of the list; refused on {@code field} (an exit or arrival post) otherwise. */
    public static String require(String field, String name) {
        if (named(name).isEmpty()) {
            throw name == null || name.isBlank() ? new InvalidValueException(field, "borderPost", Map.of(), CHOOSE)
                    : new InvalidValueException(field, "borderPostUnknown", Map.of("value", name),
                            CHOOSE + " ('" + name + "' is not one of them)");
        }
        return name;
    }

    private static List<BorderPost> read() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (InputStream csv = Objects.requireNonNull(BorderPosts.class.getResourceAsStream(RESOURCE), RESOURCE);
             CSVParser rows = CSVParser.parse(new InputStreamReader(csv, StandardCharsets.UTF_8), format)) {
            return rows.stream().map(row -> new BorderPost(row.get("name"), row.get("region"), row.get("kind"),
                    ZoneId.of(row.get("timeZone")),
                    row.get("country").isEmpty() ? null : CountryCode.of(row.get("country")))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
    }
}
