package org.borderledger.screening;

import java.util.List;
import org.borderledger.screening.api.ImportedList;
import org.borderledger.screening.api.ListFile;
import org.borderledger.screening.api.ListFileReader;
import org.borderledger.screening.api.ListSource;
import org.springframework.stereotype.Component;

/** The published reader of uploads: {@link ListImports}, the one reading of publishers' files. */
@Component
class PublisherFileReader implements ListFileReader {

    @Override
    public ImportedList read(ListSource source, List<ListFile> files) {
        return ListImports.read(source, files);
    }
}
