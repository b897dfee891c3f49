package org.borderledger.screening.api;

import java.util.List;

/**
 * Reads one source's files as their publisher releases them, for whoever publishes a new version from
 * them: the whole source, or {@link ListImportException} naming every problem.
 */
@FunctionalInterface
public interface ListFileReader {

    ImportedList read(ListSource source, List<ListFile> files);
}
