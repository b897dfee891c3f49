package org.borderledger.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.Measure;
import org.borderledger.screening.api.DeniedParty;
import org.borderledger.screening.api.GoodsMeasure;
import org.borderledger.screening.api.ImportedList;
import org.borderledger.screening.api.ListFileDigest;
import org.borderledger.screening.api.ListSource;

/** Small invented list entries and imported lists for the register's tests. */
final class ScreeningListEntries {

    private ScreeningListEntries() {
    }

    static DeniedParty party(String id, String name) {
        return new DeniedParty(id, "TEST", name, List.of(), CountryCode.of("RU"), List.of(), "TEST PROGRAMME");
    }

    static GoodsMeasure measure(String id, String hsPrefix, Measure measure) {
        return new GoodsMeasure(id, "TEST", hsPrefix, Set.of(CountryCode.of("RU")), Set.of(), Set.of(), Set.of(), measure,
                "Test regulation", "Test goods " + hsPrefix, LocalDate.of(2024, 1, 1), null);
    }

    static ListFileDigest file(String name) {
        return new ListFileDigest(name, "ab".repeat(32), 1234);
    }

    static ImportedList parties(ListSource source, DeniedParty... parties) {
        return new ImportedList(source, List.of(file(source.name().toLowerCase() + ".file")), List.of(parties), List.of());
    }

    static ImportedList measures(GoodsMeasure... measures) {
        return new ImportedList(ListSource.GOODS_MEASURES, List.of(file("goods-measures.csv")), List.of(), List.of(measures));
    }
}
