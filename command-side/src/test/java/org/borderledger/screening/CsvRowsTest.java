package org.borderledger.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

    private static List<List<String>> fields(String csv) {
        return CsvRows.parse(csv, "t.csv").stream().map(CsvRows.Row::fields).toList();
    }

    @Test
    void plainFieldsAndEmptyFields() {
        assertThat(fields("a,b,c\n1,,3\n,,\n")).containsExactly(List.of("a", "b", "c"), List.of("1", "", "3"), List.of("", "", ""));
    }

    @Test
    void quotedFieldsKeepCommasDoubledQuotesAndLineBreaks() {
        List<CsvRows.Row> rows = CsvRows.parse("id,name\n1,\"Sample, \"\"Quoted\"\" LLC\"\n2,\"two\r\nlines\"\n3,\"\"\n", "t.csv");
        assertThat(rows).extracting(CsvRows.Row::fields).containsExactly(
                List.of("id", "name"),
                List.of("1", "Sample, \"Quoted\" LLC"),
                List.of("2", "two\nlines"),
                List.of("3", ""));
        assertThat(rows).extracting(CsvRows.Row::line).containsExactly(1, 2, 3, 5);
    }

    @Test
    void crlfBlankLinesByteOrderMarkAndMissingFinalNewline() {
        List<CsvRows.Row> rows = CsvRows.parse("\uFEFFa,b\r\n\r\n  \r\nc,d", "t.csv");
        assertThat(rows).extracting(CsvRows.Row::fields).containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(rows).extracting(CsvRows.Row::line).containsExactly(1, 4);
    }

    @Test
    void unicodeIsKeptAsIs() {
        assertThat(fields("ООО «Ромашка»,Құрылыс\n")).containsExactly(List.of("ООО «Ромашка»", "Құрылыс"));
    }

    @Test
    void unterminatedQuoteNamesTheLineWhereItOpened() {
        assertThatThrownBy(() -> CsvRows.parse("a,b\nc,\"open\nstill open\n", "x.csv"))
                .isInstanceOf(ScreeningListException.class)
                .hasMessage("x.csv line 2: quoted field is never closed");
    }

    @Test
    void quoteInsideAnUnquotedFieldIsRefused() {
        assertThatThrownBy(() -> CsvRows.parse("a,b\nc,d\"e\n", "x.csv"))
                .isInstanceOf(ScreeningListException.class)
                .hasMessageStartingWith("x.csv line 2: unexpected '\"' in field 2");
    }

    @Test
    void textAfterAClosingQuoteIsRefused() {
        assertThatThrownBy(() -> CsvRows.parse("a\n\n\"quoted\"tail\n", "x.csv"))
                .isInstanceOf(ScreeningListException.class)
                .hasMessage("x.csv line 3: text after the closing quote of field 1");
    }
}
