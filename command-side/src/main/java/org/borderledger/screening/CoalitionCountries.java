package org.borderledger.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.borderledger.consignment.api.CountryCode;

/**
 * The countries whose goods a re-export to Russia or Belarus would circumvent export controls of, each
 * for the days it counts: reference data shipped in {@code reference/coalition-countries.csv}
 * (described beside it), read once. The version is a digest of the file, recorded in every hit.
 */
public final class CoalitionCountries {

    private static final String RESOURCE = "/reference/coalition-countries.csv";

    /** One row: {@code validTo} is null while the country still counts. */
    record Member(CountryCode country, LocalDate validFrom, LocalDate validTo, String basis) {
        boolean countsOn(LocalDate date) {
            return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
        }
    }

    private static final CoalitionCountries SHIPPED = read();

    private final String version;
    private final List<Member> members;

    CoalitionCountries(String version, List<Member> members) {
        this.version = Objects.requireNonNull(version, "version");
        this.members = List.copyOf(members);
    }

    /** The list shipped with the application. */
    public static CoalitionCountries shipped() {
        return SHIPPED;
    }

    public String version() {
        return version;
    }

    /** Whether goods of {@code origin} count as coalition goods when imported on {@code date}. */
    public boolean includes(CountryCode origin, LocalDate date) {
        return members.stream().anyMatch(m -> m.country().equals(origin) && m.countsOn(date));
    }

    private static CoalitionCountries read() {
        try (InputStream in = Objects.requireNonNull(CoalitionCountries.class.getResourceAsStream(RESOURCE), RESOURCE)) {
            byte[] bytes = in.readAllBytes();
            String version = "coalition-countries@" + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
            try (CSVParser rows = CSVParser.parse(new StringReader(new String(bytes, StandardCharsets.UTF_8)), format)) {
                return new CoalitionCountries(version, rows.stream().map(row -> new Member(CountryCode.of(row.get("country")),
                        LocalDate.parse(row.get("valid_from")),
                        row.get("valid_to").isEmpty() ? null : LocalDate.parse(row.get("valid_to")),
                        row.get("basis"))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
