package org.borderledger.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.CookiePolicy;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderledger.consignment.api.Declaration;

/**
 * Speaks to an {@link ApplicationInstance} over HTTP as its users do: the JSON API with HTTP Basic,
 * and the console with a signed-in session (form login with its CSRF token, cookies kept).
 */
public final class InstanceClient {

    public static final String PASSWORD = "border-demo";
    public static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
    private final Function<String, URI> uri;

    public InstanceClient(ApplicationInstance instance) {
        this.uri = instance::uri;
    }

    private InstanceClient(Function<String, URI> uri) {
        this.uri = uri;
    }

    /** A client of an application started in this JVM, at {@code http://127.0.0.1:<port>}. */
    public static InstanceClient onPort(int port) {
        return new InstanceClient(path -> URI.create("http://127.0.0.1:" + port + path));
    }

    /** An HTTP answer: its status and body. */
    public record Answer(int status, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }
    }

    /** POST /api/consignments as the user; throws IOException when the instance does not answer at all. */
    public Answer declare(String username, Declaration declaration) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri.apply("/api/consignments")).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(declaration))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    /** Signs in through the console's login form; the session cookie is kept for the later calls. */
    public InstanceClient signIn(String username) throws IOException, InterruptedException {
        String csrf = csrfOf(get("/login").body());
        Answer login = send(HttpRequest.newBuilder(uri.apply("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form("username=" + username + "&password=" + PASSWORD + "&_csrf=" + csrf)));
        if (login.status() != 302) {
            throw new AssertionError("Sign-in of " + username + " answered " + login.status());
        }
        return this;
    }

    public Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri.apply(path)).GET());
    }

    /** Submits a console form without fields: the CSRF token is taken from the page that holds the form. */
    public Answer submit(String page, String action) throws IOException, InterruptedException {
        String csrf = csrfOf(get(page).body());
        return send(HttpRequest.newBuilder(uri.apply(action))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(form("_csrf=" + csrf)));
    }

    /** Opens {@code /live/changes} and hands the data of every {@code changed} event to the consumer, as it arrives. */
    public void watchLiveChanges(Consumer<JsonNode> changed) {
        http.sendAsync(HttpRequest.newBuilder(uri.apply("/live/changes")).header("Accept", "text/event-stream").GET()
                .build(), HttpResponse.BodyHandlers.ofLines()).thenAccept(stream -> stream.body()
                .filter(line -> line.startsWith("data:"))
                .forEach(line -> changed.accept(new Answer(200, line.substring("data:".length())).json())));
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    private static HttpRequest.BodyPublisher form(String encoded) {
        return HttpRequest.BodyPublishers.ofString(encoded);
    }

    private static String csrfOf(String page) {
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new AssertionError("No CSRF token on the page");
        }
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }
}
