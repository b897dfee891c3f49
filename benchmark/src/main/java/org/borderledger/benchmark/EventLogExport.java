package org.borderledger.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The auditor's export of the whole event log ({@code GET /api/audit/events}, NDJSON) from the packaged
 * application started with a heap of at most {@value #HEAP_LIMIT_MB} MB: a client reads the stream to
 * the end, counting its lines, while the application's heap in use is sampled every
 * {@value #SAMPLE_MS} ms. An export that held the log in memory would end in an OutOfMemoryError
 * well before a million events; the figures say how far below the limit the streamed one stays.
 */
final class EventLogExport {

    static final int HEAP_LIMIT_MB = 256;
    static final String JVM_OPTION = "-Xmx" + HEAP_LIMIT_MB + "m";
    private static final int SAMPLE_MS = 100;
    private static final String SECTION = "Event log export, NDJSON, %d events, application heap limited to %d MB";
    private static final String SPEED = "Event log export, NDJSON, %d events: speed";

    private final ApplicationProcess application;
    private final HttpClient http = HttpClient.newHttpClient();

    EventLogExport(ApplicationProcess application) {
        this.application = application;
    }

    void measure(ResultTable table, long events) {
        String section = String.format(SECTION, events, HEAP_LIMIT_MB);
        double baseline = application.heapAfterFullGcBytes() / 1e6;
        table.baseline(section, "baseline: heap used after a full GC, before the export", baseline, "MB");
        AtomicLong peak = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(application.heapUsedBytes(), Math::max),
                0, SAMPLE_MS, TimeUnit.MILLISECONDS);
        long started = System.nanoTime();
        long[] read;
        try {
            read = readExport();
        } finally {
            sampler.shutdownNow();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (read[0] != events) {
            throw new IllegalStateException("The export gave " + read[0] + " lines for " + events + " stored events");
        }
        table.add(section, "peak heap used during the export (sampled every " + SAMPLE_MS + " ms)", peak.get() / 1e6, "MB", baseline);
        table.add(section, "heap used after a full GC, after the export", application.heapAfterFullGcBytes() / 1e6, "MB", baseline);
        table.baseline(String.format(SPEED, events), "events exported per second (" + read[1] / 1_000_000 + " MB in "
                + took.toSeconds() + " s)", read[0] / CommandThroughput.seconds(took), "events/s");
    }

    /** Lines and bytes of the export, read to its end as an auditor's tool would save it. */
    private long[] readExport() {
        HttpRequest request = HttpRequest.newBuilder(application.base().resolve("/api/audit/events?format=ndjson"))
                .header("Authorization", ApplicationProcess.basic("a.seitkali")).build();
        try {
            HttpResponse<InputStream> answer = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("The export answered " + answer.statusCode());
            }
            long lines = 0;
            long bytes = 0;
            byte[] buffer = new byte[1 << 16];
            try (InputStream body = answer.body()) {
                for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                    bytes += n;
                    for (int i = 0; i < n; i++) {
                        lines += buffer[i] == '\n' ? 1 : 0;
                    }
                }
            }
            return new long[]{lines, bytes};
        } catch (IOException e) {
            throw new IllegalStateException("The export failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during the export", e);
        }
    }
}
