package org.borderledger.support;

import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderledger.consignment.api.Declaration;

/**
 * Speaks to an {@link ApplicationInstance} over HTTP as its users do: the JSON API with HTTP Basic,
 * and the console with a signed-in session (form login with its CSRF token, cookies kept). Every API
 * exchange is checked against the OpenAPI document the instance serves ({@link ApiContract}).
 */
public final class InstanceClient {

    /** Instants as the API writes and reads them: ISO-8601 text. */
    public static final JsonMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final CookieManager cookies;
    private final HttpClient http;
    private final Function<String, URI> uri;
    private volatile ApiContract contract;

    public InstanceClient(ApplicationInstance instance) {
        this(new CookieManager(null, CookiePolicy.ACCEPT_ALL), instance::uri);
    }

    private InstanceClient(CookieManager cookies, Function<String, URI> uri) {
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).cookieHandler(cookies).build();
        this.uri = uri;
    }

    /** A client of an application started in this JVM, at {@code http://127.0.0.1:<port>}. */
    public static InstanceClient onPort(int port) {
        return new InstanceClient(new CookieManager(null, CookiePolicy.ACCEPT_ALL),
                path -> URI.create("http://127.0.0.1:" + port + path));
    }

    /**
     * The same browser sent to another instance, as a load balancer would: it keeps these cookies, the
     * console's session cookie among them.
     */
    public InstanceClient on(ApplicationInstance other) {
        return new InstanceClient(cookies, other::uri);
    }

    /** The named cookie this client holds now, if any. */
    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().get(uri.apply("/")).stream().filter(cookie -> cookie.getName().equals(name)).findFirst();
    }

    /** A client of the instance that presents a cookie kept from elsewhere, such as a session cookie signed out since. */
    public static InstanceClient presenting(HttpCookie cookie, ApplicationInstance instance) {
        InstanceClient client = new InstanceClient(instance);
        client.cookies.getCookieStore().add(instance.uri("/"), cookie);
        return client;
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
        String body = JSON.writeValueAsString(declaration);
        return send(asUser(username, "/api/consignments").POST(HttpRequest.BodyPublishers.ofString(body)), body);
    }

    /** A change of the consignment through the API ({@code operation} such as "/release") at the version seen. */
    public Answer change(String username, String consignmentId, String operation, long version, String body)
            throws IOException, InterruptedException {
        return send(asUser(username, "/api/consignments/" + consignmentId + operation)
                .header("If-Match", "\"" + version + "\"").POST(HttpRequest.BodyPublishers.ofString(body)), body);
    }

    private HttpRequest.Builder asUser(String username, String path) {
        return HttpRequest.newBuilder(uri.apply(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (username + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json");
    }

    /** Signs in through the console's login form; the session cookie is kept for the later calls. */
    public InstanceClient signIn(String username) throws IOException, InterruptedException {
        String csrf = csrfOf(get("/login").body());
        Answer login = send(HttpRequest.newBuilder(uri.apply("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form("username=" + username + "&password=" + DEMO_PASSWORD + "&_csrf=" + csrf)));
        if (login.status() != 302) {
            throw new AssertionError("Sign-in of " + username + " answered " + login.status());
        }
        return this;
    }

    public Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri.apply(path)).GET());
    }

    /**
     * Submits a console form without fields as a browser does, asking for HTML: the CSRF token is taken
     * from the page that holds the form.
     */
    public Answer submit(String page, String action) throws IOException, InterruptedException {
        String csrf = csrfOf(get(page).body());
        return send(HttpRequest.newBuilder(uri.apply(action)).header("Accept", "text/html")
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
        return send(request, "");
    }

    private Answer send(HttpRequest.Builder builder, String body) throws IOException, InterruptedException {
        HttpRequest request = builder.timeout(REQUEST_TIMEOUT).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (ApiContract.covers(request.uri().getPath())) {
            contract().check(request, body, response);
        }
        return new Answer(response.statusCode(), response.body());
    }

    /** The document as this instance serves it, read once. */
    private ApiContract contract() throws IOException, InterruptedException {
        if (contract == null) {
            contract = ApiContract.of(get("/api/docs/openapi.json").body());
        }
        return contract;
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
