package org.borderledger.screening;

import java.util.List;
import org.borderledger.screening.api.ImportedList;
import org.borderledger.screening.api.ListSource;

/**
 * Reads a source's files as their publisher releases them.
 * CONTRACT STUB for parallel work: the "import" branch replaces the body with the real readers.
 */
public final class ListImports {

    private ListImports() {
    }

    /** The whole source, or {@link ListImportException} naming every problem. */
    public static ImportedList read(ListSource source, List<ListFile> files) {
        throw new ListImportException(List.of(new RowProblem(source.name(), 0, "reader not built yet")));
    }
}
