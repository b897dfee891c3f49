package org.borderledger.web.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.mock.web.MockMultipartFile;

/** Goods-measures CSV files to upload: the shipped one, with invented rows added for a test. */
final class GoodsMeasureFiles {

    private GoodsMeasureFiles() {
    }

    static String shipped() {
        try (InputStream in = GoodsMeasureFiles.class.getClassLoader().getResourceAsStream("screening/shipped/goods-measures.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped file with a ban on an HS prefix no test declares, bound for Belarus. */
    static String shippedWithBan(String measureId, String hsPrefix) {
        String file = shipped();
        return (file.endsWith("\n") ? file : file + "\n") + measureId + ",TEST," + hsPrefix
                + ",BY,,BAN,Invented for a test,Invented goods " + hsPrefix + ",2020-01-01,,,\n";
    }

    /** The file as a browser uploads it in the {@code files} part. */
    static MockMultipartFile upload(String content) {
        return new MockMultipartFile("files", "goods-measures.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }
}
