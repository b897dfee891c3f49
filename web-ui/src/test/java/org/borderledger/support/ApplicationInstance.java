package org.borderledger.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged application jar ({@code borderledger.jar}, passed by Failsafe) running in a JVM of its
 * own against an external PostgreSQL, as an operator runs it: configured through the environment,
 * its output in {@code <build folder>/it-logs/<name>.log}.
 */
public final class ApplicationInstance implements AutoCloseable {

    /** The projections' processors, whose segments the instances claim. */
    public static final List<String> PROCESSING_GROUPS = List.of(
            "consignment-summary", "consignment-detail", "consignment-timeline", "consignment-holds", "transit-movements");

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private ApplicationInstance(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the jar on a free port and waits until it reports itself ready. Token claims expire
     * after 8 s (Axon's default is 10 s) and free segments are looked for every second (default 5 s),
     * so a test sees a takeover quickly; the claim timeout stays above the 5 s after which a pooled
     * processor extends an idle claim, so live instances never steal from each other; an instance not
     * heard from for 2.5 s counts as gone, less than the 3 s in which a dead one's first idle claim can
     * expire, so the survivor keeps the segments it takes over. {@code arguments}
     * are further settings of this test's own, as {@code --name=value}.
     */
    public static ApplicationInstance start(String name, String jdbcUrl, String... arguments) {
        int port = freePort();
        Path log = Paths.get(System.getProperty("borderledger.it.logs", "target/it-logs")).resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-jar", Paths.get(System.getProperty("borderledger.jar", "target/borderledger.jar")).toString()));
        PROCESSING_GROUPS.forEach(group ->
                command.add("--axon.eventhandling.processors." + group + ".token-claim-interval=1000"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(Map.of(
                "SPRING_DATASOURCE_URL", jdbcUrl,
                "SPRING_DATASOURCE_USERNAME", TestDatabases.USER,
                "SPRING_DATASOURCE_PASSWORD", TestDatabases.PASSWORD,
                "SERVER_PORT", Integer.toString(port),
                "BORDERLEDGER_SECURITY_ALLOW_DEMO_USERS", "true",
                // The tests speak plain HTTP; a Secure session cookie would never come back.
                "SERVER_SERVLET_SESSION_COOKIE_SECURE", "false",
                "AXON_EVENTHANDLING_TOKENSTORE_CLAIMTIMEOUT", "8s",
                "BORDERLEDGER_INSTANCES_TIMEOUT", "2500ms",
                // One signing key for every instance of a run, as in a real deployment; never one under the working folder.
                "BORDERLEDGER_CHECKPOINTS_KEY_FILE", log.resolveSibling("checkpoint-signing-key.pem").toAbsolutePath().toString(),
                // Expired console sessions are deleted every 2 s instead of every minute, so a test sees it happen.
                "SPRING_SESSION_JDBC_CLEANUP_CRON", "*/2 * * * * *"));
        try {
            Files.createDirectories(log.getParent());
            builder.redirectOutput(log.toFile());
            ApplicationInstance instance = new ApplicationInstance(name, port, builder.start(), log);
            instance.awaitReady(START_TIMEOUT);
            return instance;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + name, e);
        }
    }

    /** Waits until {@code /actuator/health/readiness} answers UP. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " did not get ready; see " + log.toAbsolutePath());
            }
            pause(250);
        }
    }

    public boolean ready() {
        try {
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** How many lines of the instance's log contain the text, for what only the log tells. */
    public long logLinesContaining(String text) {
        // Any byte decodes in Latin-1, whatever the instance's charset; the texts looked for are ASCII.
        try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.filter(line -> line.contains(text)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public String name() {
        return name;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Whether this instance is the owner Axon's JDBC token store writes in {@code tokenentry}: the
     * JVM's runtime name, {@code pid@host}.
     */
    public boolean owns(String tokenOwner) {
        return tokenOwner != null && tokenOwner.startsWith(process.pid() + "@");
    }

    /** SIGKILL: no shutdown hook runs, no claim is released, in-flight requests are cut. */
    public void kill() {
        ProcessHandle handle = process.toHandle();
        handle.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (handle.isAlive()) {
            throw new IllegalStateException(name + " survived SIGKILL");
        }
    }

    /** A graceful stop (SIGTERM), the way the test leaves a surviving instance. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }
}
