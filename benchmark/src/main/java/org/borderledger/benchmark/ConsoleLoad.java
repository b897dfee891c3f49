package org.borderledger.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Concurrent users on loopback against the running application: each user a session of its own
 * (form sign-in, session cookie) for the console, HTTP Basic on every request for the API. Every
 * user sends its requests one after another and every answer must be 200. With a pause, each user
 * reads the page for a random time around it before the next request, as an officer does; without
 * one, the users together measure how many requests the application can serve at most.
 */
final class ConsoleLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    /**
     * One kind of page: who asks, and the path of the {@code n}-th request; with {@code eachPathApart}
     * the latencies of every distinct path are kept apart too (the variants of the list).
     */
    record Page(String name, String user, boolean basic, IntFunction<String> path, boolean eachPathApart) {
    }

    /**
     * The latencies of one page's requests (and of each path, if the page keeps them apart), the
     * requests answered per second, and the application's processor time per request: the figure
     * that moves least when other work shares the machine.
     */
    record Load(Latencies latencies, Map<String, Latencies> byPath, double requestsPerSecond, double processorMillisPerRequest) {
    }

    private final URI base;
    private final int users;
    private final int requests;
    private final LongSupplier processorNanos;

    /** {@code processorNanos}: the processor time the application has used so far. */
    ConsoleLoad(URI base, int users, int requests, LongSupplier processorNanos) {
        this.base = base;
        this.users = users;
        this.requests = requests;
        this.processorNanos = processorNanos;
    }

    /**
     * {@code requests} requests per user, after a warm-up of a fifth as many, each user pausing
     * between 0.5 and 1.5 times {@code pause} after every answer.
     */
    Load measure(Page page, Duration pause) {
        List<Session> sessions = IntStream.range(0, users).mapToObj(u -> new Session(page)).toList();
        load(sessions, page, requests / 5, pause, new Latencies(), new ConcurrentSkipListMap<>());
        Latencies latencies = new Latencies();
        Map<String, Latencies> byPath = new ConcurrentSkipListMap<>();
        long processorBefore = processorNanos.getAsLong();
        Duration time = load(sessions, page, requests, pause, latencies, byPath);
        double processorMillis = (processorNanos.getAsLong() - processorBefore) / 1e6;
        return new Load(latencies, byPath, latencies.count() / CommandThroughput.seconds(time), processorMillis / latencies.count());
    }

    private Duration load(List<Session> sessions, Page page, int perUser, Duration pause, Latencies latencies,
            Map<String, Latencies> byPath) {
        return Clients.run(users, users, user -> {
            Random random = new Random(user);
            for (int n = 0; n < perUser; n++) {
                String path = page.path().apply(random.nextInt(Integer.MAX_VALUE));
                long elapsed = Clients.timed(latencies, () -> sessions.get(user).get(path));
                if (page.eachPathApart()) {
                    byPath.computeIfAbsent(path, p -> new Latencies()).add(elapsed);
                }
                Clients.pause(pause.dividedBy(2).plusNanos((long) (random.nextDouble() * pause.toNanos())));
            }
        });
    }

    /** One user's client: its own cookies, signed in to the console unless it uses HTTP Basic. */
    private final class Session {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final Page page;

        Session(Page page) {
            this.page = page;
            if (!page.basic() && page.user() != null) {
                signIn(page.user());
            }
        }

        void get(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
            if (page.basic()) {
                request.header("Authorization", ApplicationProcess.basic(page.user()));
            }
            HttpResponse<String> response = send(request.build());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
        }

        private void signIn(String user) {
            Matcher csrf = CSRF.matcher(send(HttpRequest.newBuilder(base.resolve("/login")).build()).body());
            if (!csrf.find()) {
                throw new IllegalStateException("The sign-in page has no CSRF token");
            }
            String form = "username=" + encode(user) + "&password=" + encode(ApplicationProcess.PASSWORD)
                    + "&_csrf=" + encode(csrf.group(1));
            HttpResponse<String> signedIn = send(HttpRequest.newBuilder(base.resolve("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            String location = signedIn.headers().firstValue("Location").orElse("");
            if (signedIn.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException("Sign-in as " + user + " failed: " + signedIn.statusCode() + " " + location);
            }
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
