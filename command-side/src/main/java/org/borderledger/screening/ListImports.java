package org.borderledger.screening;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.borderledger.screening.api.DeniedParty;
import org.borderledger.screening.api.GoodsMeasure;
import org.borderledger.screening.api.ImportedList;
import org.borderledger.screening.api.ListBounds;
import org.borderledger.screening.api.ListFile;
import org.borderledger.screening.api.ListFileDigest;
import org.borderledger.screening.api.ListImportException;
import org.borderledger.screening.api.ListSource;

/**
 * Reads a source's files as their publisher releases them: OFAC's SDN legacy CSV
 * ({@link SdnLegacyCsv}), the EU Financial Sanctions File ({@link EuSanctionsXml}) or the project's
 * goods-measures CSV ({@link GoodsMeasuresCsv}). A source is taken whole or not at all: any
 * malformed row, a file that is not what the source says, or an entry beyond {@link ListBounds}
 * refuses every file with every problem.
 */
public final class ListImports {

    /**
     * The largest file read: the real SDN files are a few MB and the EU file some 25 MB; 100 MB is
     * room to grow while refusing a mistaken upload before it fills the heap.
     */
    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    private ListImports() {
    }

    /** The whole source, or {@link ListImportException} naming every problem. */
    public static ImportedList read(ListSource source, List<ListFile> files) {
        ImportProblems problems = new ImportProblems();
        if (files.isEmpty()) {
            problems.file(source.name(), "no file was uploaded");
        }
        if (source != ListSource.US_SDN && files.size() > 1) {
            problems.file(source.name(), source + " is published as one file; " + files.size() + " were uploaded");
        }
        for (ListFile file : files) {
            if (file.content().length == 0) {
                problems.file(file.name(), "is empty");
            } else if (file.content().length > MAX_FILE_BYTES) {
                problems.file(file.name(), "is " + file.content().length / (1024 * 1024) + " MB; files over "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB are not read");
            }
        }
        problems.throwIfAny();
        List<DeniedParty> parties = switch (source) {
            case US_SDN -> SdnLegacyCsv.read(files, problems);
            case EU_FSF -> EuSanctionsXml.read(files.get(0), problems);
            case GOODS_MEASURES -> List.of();
        };
        List<GoodsMeasure> measures = source == ListSource.GOODS_MEASURES
                ? GoodsMeasuresCsv.read(files.get(0), problems) : List.of();
        problems.throwIfAny();
        String where = files.size() == 1 ? files.get(0).name() : source.name();
        ListBounds.breaches(parties, measures).forEach(breach -> problems.file(where, breach));
        problems.throwIfAny();
        return new ImportedList(source, files.stream().map(ListImports::digest).toList(), parties, measures);
    }

    private static ListFileDigest digest(ListFile file) {
        try {
            byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(file.content());
            return new ListFileDigest(file.name(), HexFormat.of().formatHex(sha256), file.content().length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
