package org.borderledger.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged BorderLedger application in a JVM of its own on the benchmark's database, as an
 * operator runs it, with the demo users allowed and plain-HTTP session cookies for the loopback
 * clients. Its memory is read from outside: resident size from {@code /proc}, heap after a full
 * collection that {@code jcmd} asks for.
 */
final class ApplicationProcess implements AutoCloseable {

    static final String PASSWORD = "border-demo";
    private static final Duration START_LIMIT = Duration.ofMinutes(5);
    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(60);
    private static final Duration POLL = Duration.ofMillis(500);

    private final Process process;
    private final URI base;
    private final Path log;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private ApplicationProcess(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** The application with options for its JVM, e.g. a heap limit. */
    static ApplicationProcess start(Path jar, String url, String username, String password, List<String> jvmOptions) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No application jar at " + jar.toAbsolutePath()
                    + ": build it first with ./mvnw -pl web-ui -am -DskipTests package (see README, \"Performance\")");
        }
        int port = freePort();
        // By port: several instances may run at once.
        Path log = Path.of(System.getProperty("java.io.tmpdir"), "borderledger-benchmark-application-" + port + ".log");
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + (username == null ? "" : username),
                "--spring.datasource.password=" + (password == null ? "" : password),
                "--borderledger.security.allow-demo-users=true",
                // The benchmark migrated the store with the command and query sides' migrations only; the
                // console's own (sessions, older versions than the newest applied) follow out of order.
                "--spring.flyway.out-of-order=true",
                "--server.servlet.session.cookie.secure=false",
                "--logging.level.root=WARN"));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ApplicationProcess application = new ApplicationProcess(process, URI.create("http://127.0.0.1:" + port), log);
            application.awaitReady();
            return application;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + jar, e);
        }
    }

    /**
     * Waits until every event processor of the application has claimed all its segments and handled
     * every stored event: a processor still catching up on a large store would take the processor
     * time that the pages are measured with.
     */
    void awaitProcessorsCaughtUp() {
        long deadline = System.nanoTime() + CATCH_UP_LIMIT.toNanos();
        String behind = "";
        while (System.nanoTime() < deadline) {
            behind = processorsBehind();
            if (behind.isEmpty()) {
                return;
            }
            Clients.pause(POLL);
        }
        throw new IllegalStateException("The application's processors did not catch up within " + CATCH_UP_LIMIT + ": " + behind);
    }

    /** The processors not caught up yet, with how far each is, from {@code /admin/projections/status}. */
    private String processorsBehind() {
        StringBuilder behind = new StringBuilder();
        for (JsonNode processor : adminJson("/admin/projections/status")) {
            int segments = processor.path("segments").asInt();
            if (segments == 0 || processor.path("segmentsClaimed").asInt() < segments
                    || processor.path("eventsDone").asLong() < processor.path("eventsTotal").asLong()) {
                behind.append(processor.path("group").asText()).append(' ').append(processor.path("eventsDone").asLong())
                        .append('/').append(processor.path("eventsTotal").asLong()).append("; ");
            }
        }
        return behind.toString();
    }

    /** A JSON answer of the application, asked as the administrator; anything but 200 fails the run. */
    private JsonNode adminJson(String path) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve(path))
                    .header("Authorization", basic("admin")).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + answer.statusCode());
            }
            return json.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during GET " + path, e);
        }
    }

    URI base() {
        return base;
    }

    long pid() {
        return process.pid();
    }

    /**
     * Processor time the application has used, user and system, in nanoseconds: fields 14 and 15 of
     * {@code /proc/<pid>/stat}, in clock ticks of 1/100 s ({@code USER_HZ}, 100 on Linux).
     */
    long processorNanos() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // The command name, field 2, is in parentheses and may hold spaces: count from after it.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the processor time of " + process.pid(), e);
        }
    }

    /** Resident set size in bytes ({@code VmRSS} in {@code /proc/<pid>/status}). */
    long residentBytes() {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
                    .findFirst().orElseThrow(() -> new IllegalStateException("No VmRSS for " + process.pid()));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the resident size of " + process.pid(), e);
        }
    }

    /**
     * Heap in use after a full collection: {@code jcmd GC.run}, then the application's own
     * {@code jvm.memory.used{area=heap}} (the sum of the heap's memory pools), read as the administrator.
     */
    long heapAfterFullGcBytes() {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process gc = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!gc.waitFor(1, TimeUnit.MINUTES) || gc.exitValue() != 0) {
                throw new IllegalStateException(jcmd + " GC.run failed on " + process.pid());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + jcmd + " on " + process.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the heap", e);
        }
        return heapUsedBytes();
    }

    /** Heap in use now, garbage included: the application's own {@code jvm.memory.used{area=heap}}. */
    long heapUsedBytes() {
        return adminJson("/actuator/metrics/jvm.memory.used?tag=area:heap").path("measurements").path(0).path("value").asLong();
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped at start; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(base.resolve("/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the application started", e);
            }
            Clients.pause(POLL);
        }
        throw new IllegalStateException("The application was not healthy within " + START_LIMIT + "; see " + log);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
