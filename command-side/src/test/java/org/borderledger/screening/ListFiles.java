package org.borderledger.screening;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.borderledger.screening.api.ListFile;
import org.borderledger.screening.api.ListImportException;
import org.borderledger.screening.api.ListSource;

/** Uploads for the reader tests: files from text, and the problems a refused upload names. */
final class ListFiles {

    private ListFiles() {
    }

    static ListFile file(String name, String text) {
        return new ListFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Every problem of a refused upload as "file:line message"; fails when the upload is accepted. */
    static List<String> problems(ListSource source, ListFile... files) {
        try {
            ListImports.read(source, List.of(files));
        } catch (ListImportException e) {
            return e.problems().stream().map(p -> p.file() + ":" + p.line() + " " + p.message()).toList();
        }
        throw new AssertionError(source + " upload was accepted but should have been refused");
    }
}
