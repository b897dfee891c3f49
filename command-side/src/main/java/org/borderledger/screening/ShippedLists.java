package org.borderledger.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import org.borderledger.screening.api.ImportedList;
import org.borderledger.screening.api.ListFile;
import org.borderledger.screening.api.ListSource;

/**
 * The lists shipped with the application in their publishers' formats (classpath
 * {@value #FOLDER}: OFAC's SDN legacy CSV, an EU Financial Sanctions File and the goods-measures
 * CSV, every party in them fictitious), published by the system when none has been published yet.
 */
public final class ShippedLists {

    public static final String FOLDER = "screening/shipped/";
    /** The name screening gives the shipped lists while no version has been published. */
    public static final String VERSION = "2026.11-1";

    private ShippedLists() {
    }

    /** One imported list per shipped source, read as an administrator's upload would be. */
    public static List<ImportedList> load() {
        return List.of(
                ListImports.read(ListSource.US_SDN, files(SdnLegacyCsv.SDN, SdnLegacyCsv.ALT, SdnLegacyCsv.ADD)),
                ListImports.read(ListSource.EU_FSF, files("eu-financial-sanctions.xml")),
                ListImports.read(ListSource.GOODS_MEASURES, files("goods-measures.csv")));
    }

    /** The shipped lists as one version of {@link ScreeningLists}. */
    public static ScreeningLists asVersion(String version) {
        List<ImportedList> lists = load();
        return ScreeningLists.of(version, lists.stream().flatMap(l -> l.measures().stream()).toList(),
                lists.stream().flatMap(l -> l.parties().stream()).toList());
    }

    private static List<ListFile> files(String... names) {
        return Stream.of(names).map(ShippedLists::file).toList();
    }

    private static ListFile file(String name) {
        try (InputStream in = ShippedLists.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Shipped list " + FOLDER + name + " is not on the classpath");
            }
            return new ListFile(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read shipped list " + FOLDER + name, e);
        }
    }
}
