package org.borderledger.web.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.web.ConsignmentForms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An officer amends a declaration from the console: the form starts from the declaration as it
 * stands, the amendment needs a reason, is checked against the version the officer started from, and
 * is screened again; the consignment page offers it to officers, not to auditors.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class AmendmentPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    EventStore eventStore;

    @Test
    void anOfficerAmendsAGoodsLineWithAReasonAndTheAmendedDeclarationIsScreenedAgain() throws Exception {
        String reference = "AMEND-" + UUID.randomUUID().toString().substring(0, 8);
        String id = declared(reference);
        String amendment = "/consignments/" + id + "/amendment";
        long version = eventStore.lastSequenceNumberFor(id).orElseThrow();

        mvc.perform(get("/consignments/" + id).with(as("o.aliyev")))
                .andExpect(content().string(containsString("href=\"" + amendment + "\"")));
        mvc.perform(get("/consignments/" + id).with(as("a.seitkali")))
                .andExpect(content().string(not(containsString("href=\"" + amendment + "\""))));
        mvc.perform(get(amendment).with(as("o.aliyev"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Amend declaration " + reference),
                        containsString("value=\"Steel tubes\""), containsString("value=\"Office chairs\""),
                        containsString("name=\"expectedVersion\" value=\"" + version + "\""),
                        containsString("action=\"" + amendment + "\""))));

        mvc.perform(ConsignmentForms.amendment(id, reference, version, "reason", "", "goods[0].description", "Steel pipes").with(as("o.aliyev")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("id=\"reason-error\">This field is required."),
                        containsString("value=\"Steel pipes\""))));
        assertThat(eventStore.lastSequenceNumberFor(id)).hasValue(version);

        mvc.perform(ConsignmentForms.amendment(id, reference, version, "reason", "Broker typed tubes for pipes", "goods[0].description", "Steel pipes").with(as("o.aliyev")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/consignments/" + id))
                .andExpect(flash().attribute("done", "consignments.done.amendment"));
        assertThat(eventStore.readEvents(id).asStream().map(DomainEventMessage::getPayloadType).map(Class::getSimpleName))
                .endsWith("DeclarationAmendedEvent", "ConsignmentScreenedEvent");
        mvc.perform(get("/consignments/" + id).with(as("o.aliyev")))
                .andExpect(content().string(allOf(containsString("Broker typed tubes for pipes"), containsString("Steel pipes"))));

        // The page the officer started from is out of date now: sent again, it is refused and nothing is stored.
        long amended = eventStore.lastSequenceNumberFor(id).orElseThrow();
        mvc.perform(ConsignmentForms.amendment(id, reference, version, "reason", "Once more", "goods[1].description", "Chairs").with(as("o.aliyev")))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("id=\"refusal\""), containsString("value=\"Chairs\""))));
        assertThat(eventStore.lastSequenceNumberFor(id)).hasValue(amended);
    }

    private String declared(String reference) throws Exception {
        String location = mvc.perform(ConsignmentForms.declaration(reference).with(as("o.aliyev")))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
