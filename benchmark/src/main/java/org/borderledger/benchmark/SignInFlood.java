package org.borderledger.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.borderledger.benchmark.ConsoleLoad.Page;

/**
 * What a flood of wrong passwords costs a legitimate API client (docs/security.md): one client reading
 * a consignment over HTTP Basic about every 20 ms, first alone (the baseline), then while another
 * sends 30 wrong HTTP Basic guesses a second from the same address, for the other demo users and for
 * an unknown name in turn, then alone again. Without throttling each guess is a bcrypt on the server; with it, only the
 * first few of each user name and address are.
 */
final class SignInFlood {

    static final int GUESSES_PER_SECOND = 30;
    private static final int REQUESTS = 300;
    private static final Duration POLL = Duration.ofMillis(20);
    private static final String[] TARGETS = {"s.karimov", "a.seitkali", "admin", "o.nurlanova", "s.bekova", "nobody"};
    private static final String SECTION = "Sign-in flood: one API client, GET /api/consignments/{id} about every %d ms"
            + " (%d requests), alone and while %d wrong HTTP Basic guesses a second arrive from the same address";

    private final ApplicationProcess application;
    private final int consignments;

    SignInFlood(ApplicationProcess application, int consignments) {
        this.application = application;
        this.consignments = consignments;
    }

    void measure(ResultTable table) {
        ConsoleLoad client = new ConsoleLoad(application.base(), 1, REQUESTS, application::processorNanos);
        Page read = new Page("API read", "o.aliyev", true, n -> String.format("/api/consignments/CN-BENCH-%07d", n % consignments), false);
        // A freshly started application is still compiling its hot paths: a first round is not counted.
        client.measure(read, POLL);
        ConsoleLoad.Load alone = client.measure(read, POLL);
        ConsoleLoad.Load flooded;
        Map<Integer, AtomicInteger> answers;
        try (Guesses guesses = new Guesses(application.base())) {
            flooded = client.measure(read, POLL);
            answers = guesses.stop();
        }
        // The client alone once more: had the application still been warming up, the two would differ.
        ConsoleLoad.Load aloneAgain = client.measure(read, POLL);
        String section = String.format(Locale.ROOT, SECTION, POLL.toMillis(), REQUESTS, GUESSES_PER_SECOND);
        double idleP50 = alone.latencies().percentileMillis(50);
        double idleP99 = alone.latencies().percentileMillis(99);
        table.baseline(section, "p50 alone", idleP50, "ms");
        table.add(section, "p50 during the flood", flooded.latencies().percentileMillis(50), "ms", idleP50);
        table.add(section, "p50 alone, again (drift check)", aloneAgain.latencies().percentileMillis(50), "ms", idleP50);
        table.baseline(section, "p99 alone", idleP99, "ms");
        table.add(section, "p99 during the flood", flooded.latencies().percentileMillis(99), "ms", idleP99);
        table.baseline(section, "application processor time per client request, alone", alone.processorMillisPerRequest(), "ms");
        table.add(section, "the same during the flood (guesses included)", flooded.processorMillisPerRequest(), "ms",
                alone.processorMillisPerRequest());
        int sent = answers.values().stream().mapToInt(AtomicInteger::get).sum();
        table.baseline(section, "wrong guesses sent", sent, "requests");
        table.add(section, "  answered 429 by the throttle (no bcrypt)", count(answers, 429), "requests", sent);
        table.add(section, "  answered 401 (a bcrypt each)", count(answers, 401), "requests", sent);
        table.add(section, "  answered otherwise", sent - count(answers, 429) - count(answers, 401), "requests", sent);
    }

    private static int count(Map<Integer, AtomicInteger> answers, int status) {
        return answers.getOrDefault(status, new AtomicInteger()).get();
    }

    /** Wrong guesses sent at a fixed rate, each without waiting for the one before (as a guesser does). */
    private static final class Guesses implements AutoCloseable {

        private final HttpClient http = HttpClient.newHttpClient();
        private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        private final Queue<CompletableFuture<?>> sent = new ConcurrentLinkedQueue<>();
        private final Map<Integer, AtomicInteger> answers = new ConcurrentSkipListMap<>();
        private final AtomicInteger next = new AtomicInteger();

        Guesses(URI base) {
            URI target = base.resolve("/api/consignments/CN-BENCH-0000000");
            clock.scheduleAtFixedRate(() -> {
                int n = next.getAndIncrement();
                String credentials = TARGETS[n % TARGETS.length] + ":wrong-" + n;
                sent.add(http.sendAsync(HttpRequest.newBuilder(target).header("Authorization", "Basic "
                                        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))).build(),
                                HttpResponse.BodyHandlers.discarding())
                        .whenComplete((answer, failure) -> answers.computeIfAbsent(failure == null ? answer.statusCode() : -1,
                                status -> new AtomicInteger()).incrementAndGet()));
            }, 0, 1_000_000 / GUESSES_PER_SECOND, TimeUnit.MICROSECONDS);
        }

        /** Stops sending and waits for the answers still due: status code to how many (-1: no answer). */
        Map<Integer, AtomicInteger> stop() {
            clock.shutdownNow();
            sent.forEach(guess -> guess.handle((answer, failure) -> null).join());
            return answers;
        }

        @Override
        public void close() {
            clock.shutdownNow();
        }
    }
}
