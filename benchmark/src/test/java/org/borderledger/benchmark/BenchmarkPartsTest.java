package org.borderledger.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.borderledger.benchmark.RawEventInsert.StoredRow;
import org.borderledger.screening.api.DeniedParty;
import org.junit.jupiter.api.Test;

/** The benchmark's own arithmetic and inputs, without a database: the run itself is not part of the build. */
class BenchmarkPartsTest {

    @Test
    void percentilesAreNearestRankOverEverySample() {
        Latencies latencies = new Latencies();
        for (int millis = 100; millis >= 1; millis--) {
            latencies.add(millis * 1_000_000L);
        }
        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
    }

    @Test
    void everyFigureIsPrintedWithItsBaselineAndRatio() {
        ResultTable table = new ResultTable("title");
        table.baseline("Appends", "raw inserts", 10_000, "events/s");
        table.add("Appends", "event store", 5_000, "events/s", 10_000);

        assertThat(table.toString()).contains("baseline: raw inserts").contains("1.000")
                .containsPattern("event store\\s+5,000 events/s\\s+10,000\\s+0.500");
    }

    @Test
    void clientsShareTheTasksAndEachRunsOnce() {
        AtomicInteger sum = new AtomicInteger();
        Clients.run(4, 100, sum::addAndGet);
        assertThat(sum.get()).isEqualTo(4950);
        assertThatThrownBy(() -> Clients.run(2, 10, n -> {
            throw new IllegalArgumentException("refused " + n);
        })).hasMessageContaining("refused");
    }

    @Test
    void rowsAreGroupedByTheCommandThatCausedThem() {
        List<StoredRow> rows = List.of(row(0, "declare"), row(1, "declare"), row(2, "declare"), row(3, "review"), row(4, "release"));
        assertThat(RawEventInsert.byCommand(rows)).extracting(List::size).containsExactly(3, 1, 1);
    }

    @Test
    void generatedDeniedPartiesAreDistinctValidEntries() {
        List<DeniedParty> parties = ScreeningSpeed.generated(2_000);
        assertThat(parties).hasSize(2_000);
        assertThat(parties.stream().map(DeniedParty::name).distinct()).hasSize(2_000);
        assertThat(parties.get(0).aliases()).singleElement().asString().startsWith("ООО «");
        assertThat(parties.stream().filter(party -> !party.identifiers().isEmpty())).hasSize(667);
    }

    @Test
    void storeCopiesVaryWhereTheConsoleSearches() {
        List<StoreFiller.Copy> copies = IntStream.range(0, 10_000)
                .mapToObj(n -> new StoreFiller.Copy(n, Instant.EPOCH)).toList();
        assertThat(copies.stream().map(StoreFiller.Copy::consignee).distinct()).hasSize(StoreFiller.CONSIGNEES);
        assertThat(copies.stream().filter(copy -> copy.consignee().contains("Altyn")).count()).isBetween(100L, 1_000L);
        assertThat(copies.stream().map(copy -> copy.hsCode(0)).distinct()).hasSameSizeAs(StoreFiller.HS_CODES);
        assertThat(copies.stream().filter(copy -> copy.eventsOf(8) == TemplateLifecycle.DECLARATION_EVENTS)).hasSize(100);
        assertThat(copies.get(0).id()).isEqualTo("CN-BENCH-0000000");
    }

    @Test
    void measurementsDefaultToAllAndSizesAreChecked() {
        BenchmarkProperties all = new BenchmarkProperties(1_000, 100, Set.of(), 1, 10, 1, 10, 0, Path.of("app.jar"), "", 1, 1, 5, "");
        assertThat(all.measurements()).containsExactlyInAnyOrder(Measurement.values());
        assertThatThrownBy(() -> new BenchmarkProperties(999, 100, null, 1, 10, 1, 10, 0, Path.of("app.jar"), "", 1, 1, 5, ""))
                .hasMessage("benchmark.events must be at least 1000, not 999");
    }

    @Test
    void applicationJvmOptionsAreSeparatedBySpacesOnly() {
        assertThat(new BenchmarkProperties(1_000, 100, Set.of(), 1, 10, 1, 10, 0, Path.of("app.jar"), "", 1, 1, 5, "")
                .applicationJvmOptionList()).isEmpty();
        assertThat(new BenchmarkProperties(1_000, 100, Set.of(), 1, 10, 1, 10, 0, Path.of("app.jar"),
                " -XX:StartFlightRecording=settings=profile,filename=a.jfr  -Xmx512m ", 1, 1, 5, "").applicationJvmOptionList())
                .containsExactly("-XX:StartFlightRecording=settings=profile,filename=a.jfr", "-Xmx512m");
    }

    private static StoredRow row(long sequence, String command) {
        return new StoredRow("Consignment", sequence, new byte[0], new byte[0], null, "Event", "2026-11-23T00:00:00Z", command);
    }
}
