package org.borderledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.web.RoleMatrixTest.Caller.ADMIN;
import static org.borderledger.web.RoleMatrixTest.Caller.ANONYMOUS;
import static org.borderledger.web.RoleMatrixTest.Caller.AUDITOR;
import static org.borderledger.web.RoleMatrixTest.Caller.FEED;
import static org.borderledger.web.RoleMatrixTest.Caller.OFFICER;
import static org.borderledger.web.RoleMatrixTest.Caller.SUPERVISOR;
import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.RequestDispatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.AllowedRoles;
import org.borderledger.actor.api.Role;
import org.borderledger.checkpoint.api.MakeCheckpointCommand;
import org.borderledger.consignment.api.AmendDeclarationCommand;
import org.borderledger.consignment.api.CancelDeclarationCommand;
import org.borderledger.consignment.api.CompleteInspectionCommand;
import org.borderledger.consignment.api.ConfirmPossibleMatchCommand;
import org.borderledger.consignment.api.ConsignmentCommand;
import org.borderledger.consignment.api.ConsignmentRejectedException;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.DecideReexportCommand;
import org.borderledger.consignment.api.DismissPossibleMatchCommand;
import org.borderledger.consignment.api.ReexportDecision;
import org.borderledger.consignment.api.DocumentCheckOutcome;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.InspectionOutcome;
import org.borderledger.consignment.api.PartyRole;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.consignment.api.RecordDocumentCheckCommand;
import org.borderledger.consignment.api.RecordFindingCommand;
import org.borderledger.consignment.api.RecordTransitArrivalCommand;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.consignment.api.ReleaseConsignmentCommand;
import org.borderledger.consignment.api.RescreenConsignmentCommand;
import org.borderledger.consignment.api.ReviewHoldCommand;
import org.borderledger.consignment.api.StartInspectionCommand;
import org.borderledger.projection.ProjectionRebuild;
import org.borderledger.projection.api.EvictDeadLettersCommand;
import org.borderledger.projection.api.RebuildAllProjectionsCommand;
import org.borderledger.projection.api.RebuildProjectionCommand;
import org.borderledger.projection.api.RetryDeadLettersCommand;
import org.borderledger.screening.ShippedLists;
import org.borderledger.screening.api.ListSource;
import org.borderledger.screening.api.PublishScreeningListCommand;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.support.Lifecycles;
import org.borderledger.support.ProjectionRebuilds;
import org.borderledger.web.consignments.Stories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.ParameterizableViewController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Who may reach what, as two tables checked against the running application (the README's
 * "Users" table). {@link #ENDPOINTS}: every endpoint the application maps has a row, so a new
 * page or API without a rule fails here, and every row is requested anonymously and as a demo user
 * of each role. {@link #COMMANDS}: every command has a row, and is sent on the
 * command bus as each role.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class RoleMatrixTest {

    static final String GET = "GET";
    static final String POST = "POST";
    /** A mapping that takes every method; requested with PUT, which no more specific mapping takes. */
    static final String ANY = "ANY";

    /** Who makes a request: nobody signed in, or a demo user of one role. */
    enum Caller {
        ANONYMOUS(null), OFFICER("o.aliyev"), SUPERVISOR("s.karimov"), AUDITOR("a.seitkali"), ADMIN("admin"),
        FEED("f.veterinary");

        final String username;

        Caller(String username) {
            this.username = username;
        }
    }

    static final Caller[] NOBODY = {};
    /** The people: an agency's system (FEED) has no page of the console. */
    static final Caller[] PEOPLE = {OFFICER, SUPERVISOR, AUDITOR, ADMIN};
    static final Caller[] EVERYONE = Caller.values();
    /** Those who declare, check, inspect, hold and release: a supervisor does all an officer does. */
    static final Caller[] OFFICERS = {OFFICER, SUPERVISOR};
    /** Those who read consignments. */
    static final Caller[] READERS = {OFFICER, SUPERVISOR, AUDITOR};

    /** A handler mapping's method ({@link #ANY} when it takes every method) and path pattern. */
    record Endpoint(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** One row of the table: an endpoint and the callers who get past security. */
    record Row(Endpoint endpoint, Set<Caller> allowed) {
    }

    static final List<Row> ENDPOINTS = List.of(
            row(GET, "/login", EVERYONE),
            row(ANY, "/error", EVERYONE),
            row(GET, "/", PEOPLE),
            row(GET, "/live/changes", PEOPLE),

            row(GET, "/consignments", READERS),
            row(GET, "/consignments/{id}", READERS),
            row(GET, "/consignments/new", OFFICERS),
            row(POST, "/consignments", OFFICERS),
            row(POST, "/consignments/{id}/{action}", OFFICERS),
            row(GET, "/consignments/{id}/amendment", OFFICERS),
            row(POST, "/consignments/{id}/amendment", OFFICERS),

            row(GET, "/holds", SUPERVISOR),
            row(GET, "/holds/{consignmentId}/{holdId}", SUPERVISOR),
            row(POST, "/holds/{consignmentId}/{holdId}", SUPERVISOR),
            // Possible re-exports are decided by supervisors alone: their list too.
            row(GET, "/reexports", SUPERVISOR),
            // Overdue and diverted transit movements: decided as holds, by supervisors.
            row(GET, "/transit", SUPERVISOR),

            row(GET, "/audit/consignments/{id}", AUDITOR),
            row(GET, "/audit/consignments/{id}/history.{format:csv|json}", AUDITOR),
            row(GET, "/audit/consignments/{id}/as-of", AUDITOR),
            row(GET, "/audit/events", AUDITOR),
            row(GET, "/audit/events/export.{format:csv|json}", AUDITOR),
            row(GET, "/audit/chain", AUDITOR),
            // Who looked at what: the auditor's alone, like the rest of the trail.
            row(GET, "/audit/access", AUDITOR),
            row(GET, "/audit/access/export.csv", AUDITOR),
            // Verifying the trail reads it and changes nothing.
            row(POST, "/audit/chain", AUDITOR),
            row(POST, "/audit/chain/checkpoint-file", AUDITOR),
            // A checkpoint records the ledger as it is; it changes no consignment.
            row(POST, "/audit/checkpoints", AUDITOR),
            row(GET, "/audit/checkpoints/{position}", AUDITOR),

            row(GET, "/admin/projections", ADMIN),
            row(GET, "/admin/projections/status", ADMIN),
            row(GET, "/admin/projections/{group}/rebuild", ADMIN),
            row(POST, "/admin/projections/{group}/rebuild", ADMIN),
            row(POST, "/admin/projections/{group}/dead-letters/{consignmentId}/retry", ADMIN),
            row(POST, "/admin/projections/{group}/dead-letters/{consignmentId}/evict", ADMIN),
            // A published version and the difference between two: read by auditors as well.
            row(GET, "/admin/screening-lists/{version}", ADMIN, AUDITOR),
            row(GET, "/admin/screening-lists/diff", ADMIN, AUDITOR),

            // The lists' history for auditors too; publishing a version (an upload) for administrators.
            row(GET, "/admin/screening-lists", ADMIN, AUDITOR),
            row(POST, "/admin/screening-lists", ADMIN),
            row(GET, "/api/screening-lists", ADMIN, AUDITOR),
            row(POST, "/api/screening-lists", ADMIN),

            row(POST, "/api/consignments", OFFICERS),
            row(GET, "/api/consignments", READERS),
            row(GET, "/api/holds", SUPERVISOR),
            row(GET, "/api/work-list", OFFICERS),
            row(GET, "/api/consignments/{id}", READERS),
            row(GET, "/api/consignments/{id}/timeline", READERS),
            row(GET, "/api/consignments/{id}/holds/{holdId}", READERS),
            row(GET, "/api/consignments/{id}/inspections/{inspectionId}", READERS),
            row(POST, "/api/consignments/{id}/possible-matches/{role}/{entryId}/confirmation", OFFICERS),
            row(POST, "/api/consignments/{id}/possible-matches/{role}/{entryId}/dismissal", OFFICERS),
            // Every change of a consignment as on its page; a hold's review as on the held-goods queue.
            row(POST, "/api/consignments/{id}/document-checks", OFFICERS),
            row(POST, "/api/consignments/{id}/inspections", OFFICERS),
            row(POST, "/api/consignments/{id}/inspections/{inspectionId}/findings", OFFICERS),
            row(POST, "/api/consignments/{id}/inspections/{inspectionId}/completion", OFFICERS),
            row(POST, "/api/consignments/{id}/holds", OFFICERS),
            row(POST, "/api/consignments/{id}/holds/{holdId}/reviews", SUPERVISOR),
            row(POST, "/api/consignments/{id}/reexports/{hs6}/decision", SUPERVISOR),
            row(POST, "/api/consignments/{id}/release", OFFICERS),
            row(POST, "/api/consignments/{id}/amendments", OFFICERS),
            row(POST, "/api/consignments/{id}/cancellation", OFFICERS),
            row(POST, "/api/consignments/{id}/transit-arrival", OFFICERS),
            row(GET, "/api/access-log", AUDITOR),
            row(GET, "/api/audit/checkpoints", AUDITOR),
            row(POST, "/api/audit/checkpoints", AUDITOR),
            row(GET, "/api/audit/checkpoints/{position}", AUDITOR),
            row(POST, "/api/audit/verification", AUDITOR),
            row(GET, "/api/audit/consignments/{id}/history", AUDITOR),
            row(GET, "/api/audit/consignments/{id}/as-of", AUDITOR),
            row(GET, "/api/audit/consignments/{id}/chain-verification", AUDITOR),
            row(POST, "/api/audit/chain-verification", AUDITOR),
            row(GET, "/api/audit/events", AUDITOR),
            // Another agency's system reads the feed and nothing else; an auditor follows it too.
            row(GET, "/api/feed", AUDITOR, FEED),
            // Probed with PUT: security refuses a method the API does not serve before its 405 answer.
            row(GET, "/api/docs/ui", EVERYONE),
            row(GET, "/api/docs/openapi.json", EVERYONE),
            row(GET, "/api/docs/openapi.json.yaml", EVERYONE),
            row(GET, "/api/docs/openapi.json/swagger-config", EVERYONE),

            // Health for the Docker health check and anyone; everything else of the actuator for an ADMIN.
            row(GET, "/actuator/health", EVERYONE),
            row(GET, "/actuator/health/**", EVERYONE),
            row(GET, "/actuator/info", EVERYONE),
            row(GET, "/actuator", ADMIN),
            row(GET, "/actuator/metrics", ADMIN),
            row(GET, "/actuator/metrics/{requiredMetricName}", ADMIN),

            // Last: as the administrator it does rebuild every projection, which the pages above read.
            row(GET, "/admin/projections/rebuild-all", ADMIN),
            row(POST, "/admin/projections/rebuild-all", ADMIN));

    static Row row(String method, String path, Caller... allowed) {
        return new Row(new Endpoint(method, path), allowed.length == 0 ? EnumSet.noneOf(Caller.class)
                : EnumSet.copyOf(Arrays.asList(allowed)));
    }

    /** A value for each path variable, so that pages show a consignment and hold that exist. */
    static final Map<String, String> PATH_VALUES = Map.ofEntries(Map.entry("holdId", "AUTO-1"), Map.entry("action", "release"),
            Map.entry("position", "1"), Map.entry("group", "no-such-processor"), Map.entry("version", "no-such-version"),
            Map.entry("format", "csv"), Map.entry("requiredMetricName", "jvm.threads.live"), Map.entry("**", "liveness"),
            Map.entry("role", "CONSIGNEE"), Map.entry("entryId", "90001"), Map.entry("inspectionId", "INSP-1"),
            Map.entry("hs6", "848210"));
    /** A variable such as {@code {id}} or {@code {format:csv|json}}, or a {@code **}. */
    static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}|\\*\\*");

    /** The version the commands below say they saw: the held consignment is at 2, so allowed commands are stale. */
    static final long STALE = 1;

    /** One row of the commands' table: a command, how to make one for a consignment, and who may send it. */
    record CommandRule(Class<?> type, Function<String, Object> sample, Set<Role> allowed) {
    }

    static final List<CommandRule> COMMANDS = List.of(
            // A new consignment of its own, so that the roles allowed see it accepted.
            command(DeclareConsignmentCommand.class, id -> new DeclareConsignmentCommand(Lifecycles.unique("C"),
                    Declarations.builder().reference(Lifecycles.unique("ROLES")).build()), Role.OFFICER, Role.SUPERVISOR),
            command(AmendDeclarationCommand.class, id -> new AmendDeclarationCommand(id, STALE, Declarations.valid(),
                    "Gross mass corrected"), Role.OFFICER, Role.SUPERVISOR),
            command(CancelDeclarationCommand.class, id -> new CancelDeclarationCommand(id, STALE, "Declared twice"),
                    Role.OFFICER, Role.SUPERVISOR),
            command(RecordDocumentCheckCommand.class, id -> new RecordDocumentCheckCommand(id, STALE,
                    DocumentCheckOutcome.IN_ORDER, "Invoice matches"), Role.OFFICER, Role.SUPERVISOR),
            command(StartInspectionCommand.class, id -> new StartInspectionCommand(id, STALE, "INSP-9", "Lane 1"),
                    Role.OFFICER, Role.SUPERVISOR),
            command(RecordFindingCommand.class, id -> new RecordFindingCommand(id, STALE, 1, false, "Seals intact"),
                    Role.OFFICER, Role.SUPERVISOR),
            command(CompleteInspectionCommand.class, id -> new CompleteInspectionCommand(id, STALE,
                    InspectionOutcome.NO_DISCREPANCY, null), Role.OFFICER, Role.SUPERVISOR),
            command(PlaceHoldCommand.class, id -> new PlaceHoldCommand(id, STALE, "H-9", HoldReason.DOCUMENTS,
                    "Licence missing"), Role.OFFICER, Role.SUPERVISOR),
            command(ReleaseConsignmentCommand.class, id -> new ReleaseConsignmentCommand(id, STALE, "Lane 1"),
                    Role.OFFICER, Role.SUPERVISOR),
            command(RecordTransitArrivalCommand.class, id -> new RecordTransitArrivalCommand(id, STALE, Declarations.BORDER_POST,
                    List.of(), List.of(), "123 ABC 02", null), Role.OFFICER, Role.SUPERVISOR),
            command(ConfirmPossibleMatchCommand.class, id -> new ConfirmPossibleMatchCommand(id, STALE,
                    PartyRole.CONSIGNEE, "SDN-90001"), Role.OFFICER, Role.SUPERVISOR),
            command(DismissPossibleMatchCommand.class, id -> new DismissPossibleMatchCommand(id, STALE,
                    PartyRole.CONSIGNEE, "SDN-90001", "Registered elsewhere"), Role.OFFICER, Role.SUPERVISOR),
            // Only a supervisor decides on a hold; no person re-screens, the application does on a new list.
            command(ReviewHoldCommand.class, id -> new ReviewHoldCommand(id, STALE, "AUTO-1", HoldDecision.LIFT,
                    DecisionReason.FALSE_POSITIVE_MATCH, "Registry extract checked", null), Role.SUPERVISOR),
            command(DecideReexportCommand.class, id -> new DecideReexportCommand(id, STALE, "848210",
                    ReexportDecision.END_USE_DOCUMENTED, "End-user certificate"), Role.SUPERVISOR),
            command(RescreenConsignmentCommand.class, id -> new RescreenConsignmentCommand(id, "no-such-list-version"),
                    Role.SYSTEM),
            // The shipped goods measures again: those allowed are refused only because nothing changes.
            command(PublishScreeningListCommand.class, id -> new PublishScreeningListCommand(ShippedLists.load().stream()
                    .filter(list -> list.source() == ListSource.GOODS_MEASURES).toList()), Role.ADMIN, Role.SYSTEM),
            // A checkpoint records the ledger as it is: those who answer for the trail and for the system may ask for one.
            command(MakeCheckpointCommand.class, id -> new MakeCheckpointCommand(), Role.AUDITOR, Role.ADMIN),
            // The operator's actions on a projection's processor: no processor has this name, so nothing happens.
            command(RebuildProjectionCommand.class, id -> new RebuildProjectionCommand("no-such-processor"), Role.ADMIN),
            command(RetryDeadLettersCommand.class, id -> new RetryDeadLettersCommand("no-such-processor", id), Role.ADMIN),
            command(EvictDeadLettersCommand.class, id -> new EvictDeadLettersCommand("no-such-processor", id), Role.ADMIN),
            // Last: sent by the administrator, it does rebuild every projection (over before the next test).
            command(RebuildAllProjectionsCommand.class, id -> new RebuildAllProjectionsCommand(), Role.ADMIN));

    static <C> CommandRule command(Class<C> type, Function<String, C> sample, Role... allowed) {
        return new CommandRule(type, sample::apply, EnumSet.copyOf(Arrays.asList(allowed)));
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    CommandGateway commandGateway;
    @Autowired
    QueryGateway queries;
    @Autowired
    ProjectionRebuild rebuild;
    @Autowired
    EventProcessingConfiguration processing;

    /** The rebuild of every projection the administrator's rows start is over before the next test. */
    @AfterEach
    void noRebuildUnderWay() {
        ProjectionRebuilds.awaitNoneUnderWay(rebuild, processing);
    }

    @Test
    void everyMappedEndpointHasARowAndEveryRowAnEndpoint() {
        Set<Endpoint> mapped = mappedEndpoints();
        Set<Endpoint> tabled = ENDPOINTS.stream().map(Row::endpoint).collect(Collectors.toSet());

        assertThat(without(mapped, tabled)).as("endpoints with no row in the role matrix: add one").isEmpty();
        assertThat(without(tabled, mapped)).as("rows of the role matrix that name no endpoint").isEmpty();
    }

    @Test
    void everyEndpointLetsInExactlyTheCallersOfItsRowAndRefusesTheOthers() throws Exception {
        String id = heldConsignment();
        List<String> wrong = new ArrayList<>();
        for (Row row : ENDPOINTS) {
            for (Caller caller : Caller.values()) {
                MockHttpServletResponse response = mvc.perform(request(row.endpoint(), id, caller)).andReturn().getResponse();
                Access expected = row.allowed().contains(caller) ? Access.ALLOWED : Access.REFUSED;
                Access seen = Access.of(response, caller);
                if (seen != expected) {
                    wrong.add(row.endpoint() + " as " + caller + ": expected " + expected + ", got " + seen + " ("
                            + response.getStatus() + " " + response.getRedirectedUrl() + ")");
                }
            }
        }
        System.out.printf("Role matrix: %d endpoints x %d callers = %d requests%n", ENDPOINTS.size(),
                Caller.values().length, ENDPOINTS.size() * Caller.values().length);
        assertThat(wrong).as("answers that differ from the role matrix").isEmpty();
    }

    /** Paths that nothing maps, some under a prefix whose rule names roles: no page is there to refuse. */
    static final List<String> UNKNOWN_PATHS = List.of("/consignmentz", "/audit/nothing-here", "/admin/x",
            "/holds/CN-1/AUTO-1/more", "/api/nothing-here", "/api/consignments/CN-1/nothing");

    @Test
    void aPathNothingMapsIsNotFoundToEverySignedInCallerAndASignInToAnAnonymousOne() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String path : UNKNOWN_PATHS) {
            for (String method : List.of(GET, POST)) {
                for (Caller caller : Caller.values()) {
                    Endpoint unknown = new Endpoint(method, path);
                    MockHttpServletResponse response = mvc.perform(request(unknown, "CN-1", caller)).andReturn().getResponse();
                    boolean expected = caller == ANONYMOUS ? Access.of(response, caller) == Access.REFUSED
                            : response.getStatus() == 404 && (!path.startsWith("/api/") || isNotFoundProblem(response));
                    if (!expected) {
                        wrong.add(unknown + " as " + caller + ": " + response.getStatus() + " " + response.getContentType()
                                + " " + response.getRedirectedUrl());
                    }
                }
            }
        }
        assertThat(wrong).as("answers to paths that nothing maps: 404 (a problem for the API), or a sign-in").isEmpty();
    }

    private static boolean isNotFoundProblem(MockHttpServletResponse response) throws Exception {
        return response.getContentType() != null
                && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(response.getContentType()))
                && response.getContentAsString().contains("\"code\":\"NOT_FOUND\"");
    }

    @Test
    void everyCommandIsRefusedOnTheBusToExactlyTheRolesItsRowLeavesOut() {
        assertThat(COMMANDS.stream().<Class<?>>map(CommandRule::type).toList()).as("commands in the table")
                .containsExactlyInAnyOrderElementsOf(commandTypes());
        String id = heldConsignment();
        Commands commands = new Commands(commandGateway);
        List<String> wrong = new ArrayList<>();
        for (CommandRule rule : COMMANDS) {
            AllowedRoles annotation = rule.type().getAnnotation(AllowedRoles.class);
            Set<Role> annotated = annotation == null ? Set.of() : Set.of(annotation.value());
            if (!annotated.equals(rule.allowed())) {
                wrong.add(rule.type().getSimpleName() + ": @AllowedRoles " + annotated + ", table " + rule.allowed());
            }
            for (Role role : Role.values()) {
                String outcome = outcome(commands, rule.sample().apply(id), actor(role));
                boolean refused = outcome.equals(RejectionCode.ROLE_NOT_ALLOWED.name());
                if (refused == rule.allowed().contains(role) || outcome.equals(RejectionCode.NOT_AUTHENTICATED.name())) {
                    wrong.add(rule.type().getSimpleName() + " as " + role + ": " + outcome);
                }
            }
        }
        System.out.printf("Role matrix: %d commands x %d roles = %d commands sent%n", COMMANDS.size(),
                Role.values().length, COMMANDS.size() * Role.values().length);
        assertThat(wrong).as("commands whose refusal differs from the table").isEmpty();
    }

    /**
     * Allowed: past the security layer, whatever the page then answers short of a server error (404 for
     * an unknown processor, 422 for an empty form). Refused: 403 for a signed-in user; 401 or the sign-in
     * page for an anonymous one. Anything else (a signed-in user asked to sign in, 403 to an anonymous
     * one) is neither.
     */
    enum Access {
        ALLOWED, REFUSED, NEITHER, SERVER_ERROR;

        static Access of(MockHttpServletResponse response, Caller caller) {
            int status = response.getStatus();
            if (status >= 500) {
                return SERVER_ERROR;
            }
            String redirect = response.getRedirectedUrl();
            boolean toSignIn = redirect != null && redirect.endsWith("/login");
            boolean askedToSignIn = status == 401 || toSignIn;
            if (caller == ANONYMOUS) {
                return askedToSignIn ? REFUSED : status == 403 ? NEITHER : ALLOWED;
            }
            return status == 403 ? REFUSED : askedToSignIn ? NEITHER : ALLOWED;
        }
    }

    /** A consignment held by screening (hold AUTO-1), at version 2, for the pages and commands to address. */
    private String heldConsignment() {
        return new Stories(commandGateway, queries).held(Lifecycles.unique("ROLES"));
    }

    /** Console pages with a form-login user, the API with HTTP Basic; forms carry their CSRF token. */
    private MockHttpServletRequestBuilder request(Endpoint endpoint, String consignmentId, Caller caller) {
        String method = endpoint.method().equals(ANY) ? "PUT" : endpoint.method();
        boolean api = endpoint.path().startsWith("/api/");
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders
                .request(HttpMethod.valueOf(method), concrete(endpoint.path(), consignmentId))
                // Pages in HTML, the projections' status and the actuator in JSON; no live stream is opened.
                // The API in JSON, but for the event log's export, which is a file of NDJSON.
                .accept(api ? "application/json, application/x-ndjson;q=0.9" : "text/html, application/json;q=0.9");
        if (endpoint.path().equals("/error")) {
            // The container's error dispatch names the status; without one, /error answers 500.
            request.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404);
        }
        if (!method.equals(GET)) {
            request.with(csrf()).contentType(api ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_FORM_URLENCODED);
            if (api) {
                request.content("{}");
            }
        }
        if (caller != ANONYMOUS) {
            request.with(api ? httpBasic(caller.username, DEMO_PASSWORD) : user(users.loadUserByUsername(caller.username)));
        }
        return request;
    }

    private static String concrete(String template, String consignmentId) {
        return PATH_VARIABLE.matcher(template).replaceAll(variable -> {
            String name = variable.group(1) == null ? variable.group() : variable.group(1);
            String value = name.equals("id") || name.equals("consignmentId") ? consignmentId : PATH_VALUES.get(name);
            assertThat(value).as("a value for {%s} of %s in PATH_VALUES", name, template).isNotNull();
            return value;
        });
    }

    /** Controllers, the actuator's endpoints (both request-mapping handler mappings) and view controllers. */
    private Set<Endpoint> mappedEndpoints() {
        Stream<Endpoint> handlers = context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().stream()
                .flatMap(mapping -> mapping.getHandlerMethods().keySet().stream())
                .flatMap(RoleMatrixTest::endpoints);
        Stream<Endpoint> views = context.getBeansOfType(AbstractUrlHandlerMapping.class).values().stream()
                .flatMap(mapping -> mapping.getHandlerMap().entrySet().stream())
                .filter(handler -> handler.getValue() instanceof ParameterizableViewController)
                .map(handler -> new Endpoint(GET, handler.getKey()));
        return Stream.concat(handlers, views).collect(Collectors.toSet());
    }

    private static Stream<Endpoint> endpoints(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        List<String> names = methods.isEmpty() ? List.of(ANY) : methods.stream().map(RequestMethod::name).toList();
        return info.getPatternValues().stream().flatMap(path -> names.stream().map(method -> new Endpoint(method, path)));
    }

    private static Set<Endpoint> without(Set<Endpoint> these, Set<Endpoint> those) {
        Set<Endpoint> left = new HashSet<>(these);
        left.removeAll(those);
        return left;
    }

    /** Every command of the application (a consignment's, or any with a role rule), so that a new command needs a row. */
    private static List<Class<?>> commandTypes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(ConsignmentCommand.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(AllowedRoles.class));
        return scanner.findCandidateComponents("org.borderledger").stream()
                .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null))
                .<Class<?>>map(type -> type).toList();
    }

    /** The demo user of a role, or the application itself. */
    private static Actor actor(Role role) {
        return role == Role.SYSTEM ? Actor.SYSTEM : new Actor(Caller.valueOf(role.name()).username, role, "Kurmangazy");
    }

    /** "accepted", the rejection code, or the kind of failure: allowed commands are refused for what they say. */
    private static String outcome(Commands commands, Object command, Actor actor) {
        try {
            commands.send(command, actor);
            return "accepted";
        } catch (ConsignmentRejectedException rejected) {
            return rejected.code().name();
        } catch (RuntimeException failure) {
            return failure.getClass().getSimpleName();
        }
    }
}
