package org.borderledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.borderledger.access.api.AccessLog;
import org.borderledger.support.FreshConsoleDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * No parameter of any GET route gets a server error, whoever sends it, and no request loses its
 * access-log entry. The routes and their parameters (path variables, {@code @RequestParam}s and the
 * components of the records bound from the query) are read from the running application's handler
 * mappings, so a new route or parameter is tried without a change here. Each try sends one set of
 * generated hostile values (NUL, lone surrogates, huge and negative numbers, very long strings,
 * Unicode, SQL and HTML metacharacters, empty) to every route as one role.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class HostileParametersProperties {

    /** The demo users, one of each role (RoleMatrixTest). */
    private static final List<String> USERS = List.of("o.aliyev", "s.karimov", "a.seitkali", "admin");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");
    /** The server-sent event stream stays open; it takes no parameter anyway. */
    private static final Set<String> NOT_TRIED = Set.of("/live/changes");

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    UserDetailsService users;

    /** A GET route: its path template and the query parameters it reads. */
    record Route(String template, List<String> parameters) {
    }

    @BeforeProperty
    void signIn() throws Exception {
        // jqwik runs beside JUnit Jupiter, without its Spring extension: the test context is prepared here
        // and cached like any other, so it is the one the Jupiter tests of the same configuration share.
        new TestContextManager(getClass()).prepareTestInstance(this);
    }

    @Property(tries = 30)
    void noGetRouteAnswersAServerErrorToHostileParametersAndNoAccessEntryIsLost(
            @ForAll @Size(min = 1, max = 4) List<@From("hostile") String> values, @ForAll("users") String username) throws Exception {
        int rowsBefore = rows();
        double recordedBefore = counted(AccessLog.RECORDED);
        double failuresBefore = counted(AccessLog.FAILURES);
        List<String> serverErrors = new ArrayList<>();
        for (Route route : routes()) {
            MockHttpServletResponse response = mvc.perform(request(route, values, username)).andReturn().getResponse();
            if (response.getStatus() >= 500) {
                serverErrors.add(response.getStatus() + " for " + route.template() + " " + route.parameters());
            }
        }
        assertThat(serverErrors).as("routes answering %s with a server error to %s", username, printable(values)).isEmpty();
        double recorded = counted(AccessLog.RECORDED) - recordedBefore;
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(rows() - rowsBefore).isEqualTo((int) recorded));
        assertThat(counted(AccessLog.FAILURES)).isEqualTo(failuresBefore);
    }

    @Example
    void theProbesOfTheAttackGetAClearRefusal() throws Exception {
        assertThat(status("/holds", "s.karimov", "borderPost", "\u0000")).isEqualTo(400);
        assertThat(status("/holds", "s.karimov", "page", "85899346")).isEqualTo(400);
        assertThat(status("/consignments", "o.aliyev", "dir", "a\u0000b")).isEqualTo(400);
        assertThat(status("/api/access-log", "a.seitkali", "page", "-1")).isEqualTo(400);
        for (String username : USERS) {
            assertThat(status("/error", username)).isEqualTo(404);
        }
    }

    @Provide
    Arbitrary<String> users() {
        return Arbitraries.of(USERS);
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "\u0000", "a\u0000b", "\uD800", "x\uDC00y", "\u202Eexe.fdp", "\t\r\n",
                        "'; DROP TABLE access_log; --", "<script>alert(1)</script>", "%", "_", "\\", "%00", "../..",
                        "${7*7}", "-1", "0", "2147483647", "2147483648", "85899346", "-2147483649", "1e999", "NaN",
                        "99999999999999999999999", "2026-13-45", "+999999999-12-31T23:59:59Z", "Ромашка", "🚚🚚",
                        "true", "DESC", "csv"),
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.integers().between(201, 100_000).map("A"::repeat));
    }

    /** Every mapped GET route with a path variable or a query parameter. */
    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, method) -> {
                if (takesGet(info)) {
                    for (String template : info.getPatternValues()) {
                        List<String> parameters = parameters(method);
                        if (!NOT_TRIED.contains(template) && (template.contains("{") || !parameters.isEmpty())) {
                            routes.add(new Route(template, parameters));
                        }
                    }
                }
            });
        }
        assertThat(routes).as("GET routes with parameters").hasSizeGreaterThan(15);
        return routes;
    }

    private static boolean takesGet(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.contains(RequestMethod.GET);
    }

    /** The query parameters a handler reads: named {@code @RequestParam}s and the components of records bound from the query. */
    private static List<String> parameters(HandlerMethod method) {
        Set<String> names = new LinkedHashSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            Class<?> type = parameter.getParameterType();
            if (requestParam != null && !requestParam.name().isEmpty()) {
                names.add(requestParam.name());
            } else if (requestParam != null && parameter.getParameterName() != null && !Map.class.isAssignableFrom(type) && !MultiValueMap.class.isAssignableFrom(type)) {
                names.add(parameter.getParameterName());
            } else if (type.isRecord() && type.getPackageName().startsWith("org.borderledger")) {
                Arrays.stream(type.getRecordComponents()).forEach(component -> names.add(component.getName()));
            }
        }
        return List.copyOf(names);
    }

    private MockHttpServletRequestBuilder request(Route route, List<String> values, String username) {
        // Each path variable its own value: {id} and {holdId} as {v0} and {v1}.
        Matcher variables = PATH_VARIABLE.matcher(route.template());
        StringBuilder template = new StringBuilder();
        List<Object> pathValues = new ArrayList<>();
        while (variables.find()) {
            variables.appendReplacement(template, "{v" + pathValues.size() + "}");
            pathValues.add(values.get(pathValues.size() % values.size()));
        }
        variables.appendTail(template);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(template.toString(), pathValues.toArray());
        for (int i = 0; i < route.parameters().size(); i++) {
            request.param(route.parameters().get(i), values.get((i + pathValues.size()) % values.size()));
        }
        return signedIn(request, route.template(), username);
    }

    /** Console pages with a form-login user, the API with HTTP Basic, as RoleMatrixTest does. */
    private MockHttpServletRequestBuilder signedIn(MockHttpServletRequestBuilder request, String path, String username) {
        boolean api = path.startsWith("/api/");
        return request.accept(api ? "application/json" : "text/html, application/json;q=0.9")
                .with(api ? httpBasic(username, DEMO_PASSWORD) : user(users.loadUserByUsername(username)));
    }

    private int status(String path, String username, String... parameter) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path);
        if (parameter.length == 2) {
            request.param(parameter[0], parameter[1]);
        }
        return mvc.perform(signedIn(request, path, username)).andReturn().getResponse().getStatus();
    }

    private double counted(String meter) {
        return meters.find(meter).counters().stream().mapToDouble(counter -> counter.count()).sum();
    }

    private int rows() {
        return jdbc.queryForObject("SELECT count(*) FROM access_log", Integer.class);
    }

    private static String printable(List<String> values) {
        return values.stream().map(value -> value.length() > 60 ? value.substring(0, 60) + "…(" + value.length() + ")" : value)
                .map(value -> value.codePoints().mapToObj(c -> c < 0x20 || Character.isSurrogate((char) c)
                        ? String.format("\\u%04X", c) : Character.toString(c)).reduce("", String::concat)).toList().toString();
    }
}
