package org.borderledger.screening;

import java.util.List;
import org.borderledger.screening.api.ImportedList;

/**
 * The lists shipped with the application, published by the system when none has been published yet.
 * CONTRACT STUB for parallel work: the "import" branch reads the shipped files in their publishers' formats.
 */
public final class ShippedLists {

    private ShippedLists() {
    }

    /** One imported list per shipped source. */
    public static List<ImportedList> load() {
        ScreeningLists lists = new ScreeningListsLoader().loadVersionInForce();
        return List.of(
                new ImportedList(org.borderledger.screening.api.ListSource.US_SDN, List.of(), lists.deniedParties(), List.of()),
                new ImportedList(org.borderledger.screening.api.ListSource.GOODS_MEASURES, List.of(), List.of(), lists.goodsMeasures()));
    }
}
