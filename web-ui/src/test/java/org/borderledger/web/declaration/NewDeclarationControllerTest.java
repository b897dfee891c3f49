package org.borderledger.web.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.web.ConsignmentForms.declaration;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.support.FreshConsoleDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/** The new-declaration form: who may open it, a declaration sent, each refused input shown next to itself. */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class NewDeclarationControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    EventStore eventStore;

    @Test
    void anOfficerOrSupervisorGetsABlankFormAtTheirOwnPost() throws Exception {
        mvc.perform(get("/consignments/new").with(user(users.loadUserByUsername("o.nurlanova"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<option value=\"Syrym\" selected=\"selected\">"),
                        containsString("name=\"goods[0].hsCode\""), containsString("name=\"_csrf\""),
                        containsString("for=\"declarant-name\""), containsString("Add goods line"))));
        mvc.perform(get("/consignments/new").with(user(users.loadUserByUsername("s.karimov")))).andExpect(status().isOk());
    }

    @Test
    void theFormOffersOnlyThePostsTheUserIsPostedTo() throws Exception {
        mvc.perform(get("/consignments/new").with(user(users.loadUserByUsername("o.nurlanova"))))
                .andExpect(content().string(allOf(containsString("<option value=\"Syrym\" selected=\"selected\">Syrym ("),
                        not(containsString(">Kurmangazy (Atyrau")), not(containsString(">Taskala (West")))));
        // The transit part's exit post may be any post: its options name the country each leads to instead.
        mvc.perform(get("/consignments/new").with(user(users.loadUserByUsername("s.karimov"))))
                .andExpect(content().string(allOf(containsString("<option value=\"Kurmangazy\" selected=\"selected\">"),
                        containsString(">Syrym (West"), not(containsString(">Taskala (West")),
                        containsString("<option value=\"Taskala\">Taskala (RU)</option>"))));
    }

    @Test
    void auditorsAndAdministratorsMayNotDeclareAndAnonymousVisitorsSignInFirst() throws Exception {
        mvc.perform(get("/consignments/new").with(user(users.loadUserByUsername("a.seitkali")))).andExpect(status().isForbidden());
        mvc.perform(get("/consignments/new").with(user(users.loadUserByUsername("admin")))).andExpect(status().isForbidden());
        mvc.perform(declaration(reference()).with(user(users.loadUserByUsername("a.seitkali")))).andExpect(status().isForbidden());
        mvc.perform(get("/consignments/new").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(declaration(reference()).accept(MediaType.TEXT_HTML)).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void aValidDeclarationIsStoredWithItsScreeningAndOpensTheNewConsignment() throws Exception {
        String reference = reference();
        String location = mvc.perform(declaration(reference).with(officer()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/consignments/C-*"))
                .andExpect(flash().attribute("declared", reference))
                .andReturn().getResponse().getRedirectedUrl();

        String consignmentId = location.substring("/consignments/".length());
        assertThat(eventStore.readEvents(consignmentId).asStream().<Class<?>>map(EventMessage::getPayloadType))
                .containsExactly(ConsignmentDeclaredEvent.class, ConsignmentScreenedEvent.class);
        ConsignmentDeclaredEvent declared = (ConsignmentDeclaredEvent) eventStore.readEvents(consignmentId).next().getPayload();
        assertThat(declared.declaration().reference()).isEqualTo(reference);
        assertThat(declared.declaration().goods()).hasSize(2);
        assertThat(declared.declaration().routeCountries()).extracting(Object::toString).containsExactly("RU", "BY");
        assertThat(declared.declaration().carrier()).isNull();
    }

    @Test
    void eachRefusedInputIsShownNextToItselfWithEverythingTypedKept() throws Exception {
        mvc.perform(declaration(reference(), "goods[0].hsCode", "7701.00", "consignee.country", "XX",
                        "declarant.identifier", "040540000015", "goods[1].description", "   ").with(officer()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(
                        containsString("aria-describedby=\"goods-0-hsCode-error\""),
                        containsString("<a href=\"#consignee-country\">Consignee · Country (ISO code, e.g. KZ): &quot;XX&quot; is not"),
                        containsString("id=\"goods-0-hsCode-error\">HS code &quot;7701.00&quot; uses chapter 77"),
                        containsString("id=\"consignee-country-error\">&quot;XX&quot; is not an ISO 3166-1"),
                        containsString("id=\"declarant-identifier-error\">The Kazakh BIN/IIN &quot;040540000015&quot; has control digit 5"),
                        containsString("id=\"goods-1-description-error\">This field is required."),
                        containsString("value=\"7701.00\""), containsString("value=\"XX\""),
                        containsString("value=\"Steel tubes\""), containsString("4 input(s) need correcting"))));
    }

    /** The domain's refusals of values come in the officer's language, with the value typed and the rule's figures. */
    @Test
    void eachRefusedInputIsSaidInTheOfficersLanguage() throws Exception {
        mvc.perform(declaration(reference(), "goods[0].hsCode", "7701.00", "consignee.country", "XX",
                        "declarant.identifier", "040540000015", "goods[1].description", "   ", "goods[1].netMass", "900",
                        "lang", "ru").with(officer()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(
                        containsString("id=\"goods-0-hsCode-error\">Код ТН ВЭД «7701.00» относится к группе 77"),
                        containsString("id=\"consignee-country-error\">«XX» — не код страны по ISO 3166-1"),
                        containsString("id=\"declarant-identifier-error\">В БИН/ИИН «040540000015» контрольный разряд 5,"),
                        containsString("id=\"goods-1-description-error\">Обязательное поле."),
                        not(containsString("is required")), not(containsString("chapter 77")))));
        mvc.perform(declaration(reference(), "goods[1].netMass", "900", "goods[0].quantity", "1.5555",
                        "lang", "kk").with(officer()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(
                        containsString("id=\"goods-1-netMass-error\">Нетто салмағы 900 кг брутто салмағынан 120,5 кг артық."),
                        containsString("id=\"goods-0-quantity-error\">1.5555: үтірден кейін 3 таңбадан аспауы тиіс."),
                        not(containsString("is more than gross mass")))));
    }

    @Test
    void theSummarySaysWhichInputEachMessageIsAboutInPageOrderAndTakesTheFocus() throws Exception {
        String page = mvc.perform(declaration(reference(), "goods[1].countryOfOrigin", "", "goods[0].countryOfOrigin", "",
                        "declarant.name", " ").with(officer()))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        String summary = page.substring(page.indexOf("id=\"declaration-errors\""), page.indexOf("</ul>", page.indexOf("declaration-errors")));

        assertThat(summary).contains("tabindex=\"-1\" autofocus");
        assertThat(page).contains("<input type=\"text\" id=\"goods-1-countryOfOrigin\" name=\"goods[1].countryOfOrigin\" value=\"\"")
                .contains("aria-required=\"true\"", "Inputs marked * are required")
                .doesNotContainPattern("id=\"carrier-name\"[^>]*aria-required");
        int declarant = summary.indexOf("<a href=\"#declarant-name\">Declarant · Name: ");
        int firstLine = summary.indexOf("<a href=\"#goods-0-countryOfOrigin\">Goods line 1 · Country of origin: ");
        int secondLine = summary.indexOf("<a href=\"#goods-1-countryOfOrigin\">Goods line 2 · Country of origin: ");
        assertThat(declarant).as(summary).isNotNegative();
        assertThat(firstLine).as(summary).isGreaterThan(declarant);
        assertThat(secondLine).as(summary).isGreaterThan(firstLine);
    }

    @Test
    void whatWasTypedComesBackEscaped() throws Exception {
        mvc.perform(declaration(reference(), "goods[0].description", "<script>alert(1)</script>", "goods[1].hsCode", "77")
                        .with(officer()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""),
                        not(containsString("<script>alert(1)")))));
    }

    @Test
    void aNetMassAboveTheGrossMassIsRefusedOnItsLine() throws Exception {
        mvc.perform(declaration(reference(), "goods[1].netMass", "900").with(officer()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(
                        "id=\"goods-1-netMass-error\">Net mass 900 kg is more than gross mass 120.5 kg")));
    }

    @Test
    void aNumberTooLargeToWriteOutIsRefusedBeforeTheDomainSeesIt() throws Exception {
        mvc.perform(declaration(reference(), "goods[0].grossMass", "1e999999999", "goods[0].quantity", "many").with(officer()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(
                        containsString("id=\"goods-0-grossMass-error\">1E+999999999 is out of range"),
                        containsString("id=\"goods-0-quantity-error\">&quot;many&quot; is not a number"))));
    }

    @Test
    void goodsLinesAreAddedAndRemovedWithoutJavaScriptKeepingWhatWasTyped() throws Exception {
        mvc.perform(declaration(reference(), "addLine", "1").with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"goods[2].hsCode\""),
                        containsString("value=\"Steel tubes\""), containsString("Remove line 3"))));
        mvc.perform(declaration(reference(), "removeLine", "2").with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"Steel tubes\""),
                        not(containsString("value=\"Office chairs\"")), not(containsString("name=\"goods[1].hsCode\"")),
                        not(containsString("Remove line")))));
    }

    @Test
    void aReferenceTheDeclarantHasUsedBeforeIsRefusedNextToTheReference() throws Exception {
        String reference = reference();
        mvc.perform(declaration(reference).with(officer())).andExpect(status().isFound());
        mvc.perform(declaration(reference, "goods[0].description", "Changed my mind").with(officer()))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(
                        containsString("id=\"reference-error\">Declarant TOO Dala Logistics already used reference " + reference),
                        containsString("value=\"Changed my mind\""))));
        mvc.perform(declaration(reference, "lang", "kk").with(officer()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString(
                        "id=\"reference-error\">Декларант TOO Dala Logistics " + reference + " нөмірін бұрын пайдаланған")));
    }

    private static String reference() {
        return "FORM-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor officer() {
        return user(users.loadUserByUsername("o.aliyev"));
    }
}
