package org.borderledger.web.transit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.borderledger.web.ConsignmentForms.action;
import static org.borderledger.web.ConsignmentForms.declaration;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.consignment.api.RecordTransitArrivalCommand;
import org.borderledger.consignment.api.ReleaseConsignmentCommand;
import org.borderledger.consignment.api.SealCheck;
import org.borderledger.consignment.api.SealCondition;
import org.borderledger.consignment.api.TransitDetails;
import org.borderledger.detail.api.ConsignmentDetail;
import org.borderledger.detail.api.FetchConsignmentDetailQuery;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.support.Lifecycles;
import org.borderledger.web.PageAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Transit movements in the console: the declaration form's transit part, the consignment page's transit
 * section and arrival form for an officer at another post, and the supervisors' queue. No random check,
 * so that a movement is cleared for departure at once.
 */
@SpringBootTest(properties = {"borderledger.screening.random-yellow-share=0", "borderledger.screening.random-red-share=0"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class TransitPagesTest {

    static final String KHORGOS = Declarations.TRANSIT_DEPARTURE;
    static final Actor DEPARTURE_OFFICER = new Actor("o.tokayev", Role.OFFICER, KHORGOS);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    QueryGateway queries;
    @Autowired
    CommandGateway gateway;
    @Autowired
    EventStore eventStore;

    @Test
    void aTransitDeclarationIsSentWithItsTimeLimitAtTheOfficeOfDeparturesTime() throws Exception {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Almaty")).plusDays(3);
        String location = mvc.perform(transitDeclaration(Lifecycles.unique("TR-FORM"), "transit.exitPost", "Korday",
                        "transit.seals", "kz-1001, KZ-1002", "transit.timeLimitDate", day.toString(),
                        "transit.timeLimitTime", "18:30").with(as("o.tokayev")))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();

        String id = location.substring("/consignments/".length());
        ConsignmentDeclaredEvent declared = (ConsignmentDeclaredEvent) eventStore.readEvents(id).next().getPayload();
        TransitDetails transit = declared.declaration().transit();
        assertThat(transit.exitPost()).isEqualTo("Korday");
        assertThat(transit.seals()).containsExactly("KZ-1001", "KZ-1002");
        assertThat(transit.guarantee().amount()).isEqualByComparingTo("5000000");
        // Kazakhstan keeps UTC+5: 18:30 at Khorgos is 13:30 UTC.
        assertThat(transit.timeLimit()).isEqualTo(day.atTime(13, 30).toInstant(ZoneOffset.UTC));
        // Before departure the page shows what was declared, and no arrival form yet.
        await().untilAsserted(() -> mvc.perform(get(location).with(as("o.tokayev"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"transit-time-limit\">" + day + " 18:30:00 UTC+5"),
                        containsString("KZ-1001, KZ-1002"), containsString("5000000 KZT"),
                        not(containsString("id=\"action-transit-arrival\""))))));
    }

    @Test
    void eachRefusedTransitInputIsShownNextToItselfInTheOfficersLanguage() throws Exception {
        mvc.perform(transitDeclaration(Lifecycles.unique("TR-BAD"), "transit.seals", "KZ-1 KZ-1",
                        "transit.guaranteeAmount", "0", "transit.timeLimitDate", "next week").with(as("o.tokayev")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(
                        containsString("id=\"transit-timeLimitDate-error\">&quot;next week&quot; is not a date"),
                        containsString("<a href=\"#transit-timeLimitDate\">Time limit: date:"),
                        containsString("value=\"KZ-1 KZ-1\""), containsString("value=\"next week\""))));
        mvc.perform(transitDeclaration(Lifecycles.unique("TR-BAD"), "transit.seals", "KZ-1 KZ-1", "lang", "kk")
                        .with(as("o.tokayev")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"transit-seals-error\">Пломба нөмірі екі рет көрсетілген.")));
        // An export declares no transit part, whatever its inputs hold.
        mvc.perform(declaration(Lifecycles.unique("EX-NOTRANSIT"), "transit.seals", "KZ-1", "transit.timeLimitDate", "x")
                .with(as("o.aliyev"))).andExpect(status().isFound());
    }

    @Test
    void anOfficerAtAnotherPostRecordsTheArrivalAndADiversionHoldsTheGoodsForASupervisorThere() throws Exception {
        String id = departed(Instant.now().plusSeconds(86_400));
        mvc.perform(get("/consignments/" + id).with(as("o.aliyev"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"transit\""), containsString("In transit"),
                        containsString("KZ-100234, KZ-100235"), containsString("12000.00 USD"),
                        containsString("id=\"action-transit-arrival\""), containsString("Seal KZ-100234 found"),
                        containsString("<option value=\"Kurmangazy\" selected=\"selected\">Kurmangazy</option>"),
                        not(containsString("id=\"another-post\"")), not(containsString("id=\"transit-overdue\"")),
                        not(containsString("id=\"action-hold\"")))));
        // The office of departure stays in charge on the road: its officer may still hold the goods, but
        // having released them does not record their arrival.
        mvc.perform(get("/consignments/" + id).with(as("o.tokayev")))
                .andExpect(content().string(allOf(containsString("id=\"action-hold\""),
                        not(containsString("id=\"action-transit-arrival\"")), not(containsString("id=\"action-release\"")),
                        not(containsString("id=\"action-cancellation\"")))));

        mvc.perform(action(id, "transit-arrival", 2, "arrivalPost", "Kurmangazy", "sealNumber-0", "KZ-100234",
                        "sealCondition-0", "INTACT", "sealNumber-1", "KZ-100235").with(as("o.aliyev")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"ta-seals-error\"")));
        mvc.perform(action(id, "transit-arrival", 2, "arrivalPost", "Kurmangazy", "sealNumber-0", "KZ-100234",
                        "sealCondition-0", "INTACT", "sealNumber-1", "KZ-100235", "sealCondition-1", "INTACT",
                        "vehicleRegistration", Declarations.roadTransport().vehicleRegistration(), "note", "Lane 3")
                        .with(as("o.aliyev")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/consignments/" + id));

        mvc.perform(get("/consignments/" + id).with(as("s.bekova"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"transit-arrival\""),
                        containsString("Presented at Kurmangazy"),
                        containsString("Diversion: declared for KG, presented at a post leading to RU."),
                        containsString("Presented at Kurmangazy (leading to RU): findings 1"),
                        containsString("href=\"/holds/" + id + "/AUTO-1\""), not(containsString("id=\"action-transit-arrival\"")))));
        // The transit projection has a processor of its own: the queue shows the hold once it has caught up.
        await().untilAsserted(() -> mvc.perform(get("/transit").with(as("s.bekova"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"held-" + id + "\""),
                        containsString("href=\"/consignments/" + id + "\""), containsString("Diversion"),
                        containsString(KHORGOS + " → Korday → KG")))));
    }

    @Test
    void goodsForKyrgyzstanPresentedAtTheSeaPortAreShownAsADiversionOverTheSeaInEveryLanguage() throws Exception {
        String id = departed(Instant.now().plusSeconds(86_400));
        Actor aktau = new Actor("o.aktau", Role.OFFICER, "Aktau sea port");
        new Commands(gateway).send(new RecordTransitArrivalCommand(id, 2, "Aktau sea port", Declarations.TRANSIT_SEALS.stream()
                .map(seal -> new SealCheck(seal, SealCondition.INTACT)).toList(), List.of(),
                Declarations.roadTransport().vehicleRegistration(), null), aktau);
        await().untilAsserted(() -> mvc.perform(get("/consignments/" + id).with(as("s.karimov")))
                .andExpect(content().string(containsString(
                        "Diversion: declared for KG, presented at a sea port, whose ships may sail to any shore of its sea."))));
        mvc.perform(get("/consignments/" + id).param("lang", "ru").with(as("s.karimov")))
                .andExpect(content().string(containsString("предъявлено в морском порту")));
    }

    @Test
    void goodsHeldOnTheRoadAreStillRecordedWhereTheyArePresentedAndStayHeld() throws Exception {
        String id = departed(Instant.now().plusSeconds(86_400));
        new Commands(gateway).send(new PlaceHoldCommand(id, 2, "H-1", HoldReason.RISK_INTELLIGENCE, "Tip-off"),
                DEPARTURE_OFFICER);
        await().untilAsserted(() -> mvc.perform(get("/consignments/" + id).with(as("o.aliyev")))
                .andExpect(content().string(containsString("id=\"action-transit-arrival\""))));
        mvc.perform(action(id, "transit-arrival", 3, "arrivalPost", "Kurmangazy", "sealNumber-0", "KZ-100234",
                        "sealCondition-0", "INTACT", "sealNumber-1", "KZ-100235", "sealCondition-1", "INTACT",
                        "vehicleRegistration", Declarations.roadTransport().vehicleRegistration()).with(as("o.aliyev")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/consignments/" + id));
        await().untilAsserted(() -> mvc.perform(get("/consignments/" + id).with(as("s.bekova")))
                .andExpect(content().string(allOf(containsString("Presented at Kurmangazy"),
                        containsString("Diversion: declared for KG, presented at a post leading to RU."),
                        not(containsString("id=\"action-transit-arrival\""))))));
    }

    @Test
    void onlySupervisorsOpenTheQueueWhichShowsAMovementPastItsTimeLimitAndThoseOnTheRoadAtTheirPosts() throws Exception {
        // Seconds ahead, enough for the release to come before the time limit on a busy machine; from
        // Kurmangazy to Syrym, the posts of s.karimov.
        String late = departed(Declarations.transitToSyrym(Instant.now().plusSeconds(8)), Lifecycles.OFFICER);
        // Held on the road by its office of departure and never presented at exit: overdue as well.
        String stopped = departed(Declarations.transitToSyrym(Instant.now().plusSeconds(8)), Lifecycles.OFFICER);
        new Commands(gateway).send(new PlaceHoldCommand(stopped, 2, "H-1", HoldReason.RISK_INTELLIGENCE, "Tip-off"),
                Lifecycles.OFFICER);
        // Overdue between Nur Zholy (Khorgos) and Korday: for the supervisors of those posts, not of his.
        String elsewhere = departed(Instant.now().plusSeconds(8));
        String onTime = departed(Instant.now().plusSeconds(86_400));
        new PageAccess(mvc, users).opensOnlyFor("s.karimov", "/transit");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/transit").with(as("s.karimov")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"overdue-" + late + "\""),
                        containsString("id=\"overdue-" + stopped + "\""),
                        not(containsString("id=\"overdue-" + onTime + "\"")),
                        not(containsString("id=\"overdue-" + elsewhere + "\""))))));
        for (String overdue : List.of(late, stopped)) {
            await().untilAsserted(() -> mvc.perform(get("/consignments/" + overdue).with(as("o.aliyev")))
                    .andExpect(content().string(containsString("id=\"transit-overdue\""))));
        }
        // On the road between Nur Zholy (Khorgos) and Korday: not at the supervisor's posts, Kurmangazy and Syrym.
        mvc.perform(get("/transit").with(as("s.karimov")))
                .andExpect(content().string(not(containsString("id=\"on-the-road-" + onTime + "\""))));
    }

    /** The form of a transit at Nur Zholy (Khorgos) for Kyrgyzstan, valid but for {@code changes}. */
    private static MockHttpServletRequestBuilder transitDeclaration(String reference, String... changes) {
        List<String> transit = new ArrayList<>(List.of("direction", "TRANSIT", "borderPost", KHORGOS,
                "countryOfDispatch", "CN", "countryOfDestination", "KG", "routeCountries", "",
                "transit.exitPost", "Korday", "transit.seals", "KZ-1001", "transit.guaranteeAmount", "5000000",
                "transit.guaranteeCurrency", "KZT", "transit.timeLimitDate",
                LocalDate.now(ZoneId.of("Asia/Almaty")).plusDays(2).toString(), "transit.timeLimitTime", "12:00"));
        transit.addAll(List.of(changes));
        return declaration(reference, transit.toArray(String[]::new));
    }

    /** Declared at Nur Zholy (Khorgos) and released into transit there; version 2 once the page shows it. */
    private String departed(Instant timeLimit) {
        return departed(Declarations.transit(timeLimit), DEPARTURE_OFFICER);
    }

    /** {@code movement} declared and released into transit by {@code officer} at its office of departure. */
    private String departed(Declaration movement, Actor officer) {
        String id = Lifecycles.unique("C");
        Commands commands = new Commands(gateway);
        commands.send(new DeclareConsignmentCommand(id, Declarations.builder(movement)
                .reference(Lifecycles.unique("TR")).build()), officer);
        commands.send(new ReleaseConsignmentCommand(id, 1, "Sealed at lane 2"), officer);
        await().untilAsserted(() -> assertThat(queries.query(new FetchConsignmentDetailQuery(id),
                ResponseTypes.optionalInstanceOf(ConsignmentDetail.class)).join())
                .hasValueSatisfying(detail -> assertThat(detail.status()).isEqualTo(ConsignmentStatus.IN_TRANSIT)));
        return id;
    }

    private RequestPostProcessor as(String username) {
        return new PageAccess(mvc, users).as(username);
    }
}
