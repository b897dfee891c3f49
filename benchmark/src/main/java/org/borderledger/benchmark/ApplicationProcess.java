package org.borderledger.benchmark;

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

    static ApplicationProcess start(Path jar, String url, String username, String password) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No application jar at " + jar.toAbsolutePath()
                    + ": build it first with ./mvnw -pl web-ui -am -DskipTests package (see README, \"Performance\")");
        }
        int port = freePort();
        Path log = Path.of(System.getProperty("java.io.tmpdir"), "borderledger-benchmark-application.log");
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = List.of(java, "-jar", jar.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + (username == null ? "" : username),
                "--spring.datasource.password=" + (password == null ? "" : password),
                "--borderledger.security.allow-demo-users=true",
                "--server.servlet.session.cookie.secure=false",
                "--logging.level.root=WARN");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ApplicationProcess application = new ApplicationProcess(process, URI.create("http://127.0.0.1:" + port), log);
            application.awaitReady();
            return application;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + jar, e);
        }
    }

    URI base() {
        return base;
    }

    long pid() {
        return process.pid();
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
            HttpResponse<String> metric = http.send(HttpRequest.newBuilder(base.resolve("/actuator/metrics/jvm.memory.used?tag=area:heap"))
                    .header("Authorization", basic("admin")).build(), HttpResponse.BodyHandlers.ofString());
            if (metric.statusCode() != 200) {
                throw new IllegalStateException("The heap metric answered " + metric.statusCode());
            }
            return json.readTree(metric.body()).path("measurements").path(0).path("value").asLong();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the heap of " + process.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the heap", e);
        }
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
            sleep();
        }
        throw new IllegalStateException("The application was not healthy within " + START_LIMIT + "; see " + log);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
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
