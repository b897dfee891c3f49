package org.borderledger.web.declaration;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.consignment.api.AmendDeclarationCommand;
import org.borderledger.consignment.api.BorderPosts;
import org.borderledger.consignment.api.Direction;
import org.borderledger.consignment.api.InvalidValueException;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.consignment.api.TransportMode;
import org.borderledger.detail.api.ConsignmentDetail;
import org.borderledger.detail.api.FetchConsignmentDetailQuery;
import org.borderledger.web.ConsoleCommands;
import org.borderledger.web.ProblemTexts;
import org.borderledger.web.ConsoleCommands.CommandOutcome;
import org.borderledger.web.DetailCatchUp;
import org.borderledger.web.security.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The declaration form, for a new declaration and for the amendment of one. One POST serves its three
 * buttons, so that adding and removing goods lines works without JavaScript: the form comes back with
 * everything typed and one line more or less.
 */
@Controller
class DeclarationFormController {

    private static final String VIEW = "declaration/new";

    private final Declarations declarations;
    private final DetailCatchUp catchUp;

    private final QueryGateway queries;
    private final ConsoleCommands commands;
    private final ProblemTexts texts;

    DeclarationFormController(Declarations declarations, DetailCatchUp catchUp, QueryGateway queries, ConsoleCommands commands,
                              ProblemTexts texts) {
        this.declarations = declarations;
        this.queries = queries;
        this.commands = commands;
        this.texts = texts;
        this.catchUp = catchUp;
    }

    /** The posts offered are the user's own: a declaration at another is refused (OUT_OF_JURISDICTION). */
    @ModelAttribute
    void choices(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("borderPosts", BorderPosts.all().stream().filter(post -> user.actor().mayActAt(post.name())).toList());
        model.addAttribute("exitPosts", BorderPosts.all());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("transportModes", TransportMode.values());
        model.addAttribute("parties", DeclarationForm.PARTIES);
    }

    @GetMapping("/consignments/new")
    String blank(@AuthenticationPrincipal SignedInUser user, Model model) {
        return show(DeclarationForm.blank(user.getBorderPost()), Map.of(), model);
    }

    @PostMapping(path = "/consignments", params = "addLine")
    String addLine(@RequestParam MultiValueMap<String, String> input, Model model) {
        return show(DeclarationForm.read(input).withLineAdded(), Map.of(), model);
    }

    @PostMapping(path = "/consignments", params = "removeLine")
    String removeLine(@RequestParam MultiValueMap<String, String> input, @RequestParam("removeLine") String lineNumber,
                      Model model) {
        return show(DeclarationForm.read(input).withLineRemoved(lineNumber), Map.of(), model);
    }

    @PostMapping(path = "/consignments", params = {"!addLine", "!removeLine"})
    String declare(@RequestParam MultiValueMap<String, String> input, @AuthenticationPrincipal SignedInUser user,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        DeclarationForm form = DeclarationForm.read(input);
        DeclarationAssembly assembly = DeclarationAssembly.of(form);
        if (assembly.declaration() == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return show(form, texts.of(assembly.errors().byPath()), model);
        }
        Declarations.Declared declared = declarations.declare(assembly.declaration(), user);
        CommandOutcome outcome = declared.outcome();
        if (!outcome.accepted()) {
            response.setStatus((outcome.unavailable() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.CONFLICT).value());
            if (outcome.refusal() == RejectionCode.DUPLICATE_REFERENCE) {
                return show(form, Map.of("reference", texts.of(outcome, user)), model);
            }
            model.addAttribute("refusal", texts.of(outcome, user));
            return show(form, Map.of(), model);
        }
        // The detail page shows this once: the declaration went in, and its screening outcome is there.
        catchUp.awaitStored(declared.consignmentId());
        redirect.addFlashAttribute("declared", assembly.declaration().reference());
        return "redirect:/consignments/" + declared.consignmentId();
    }

    /**
     * The form filled with the consignment's declaration as it stands, for an officer to correct and say
     * why; the version shown is the one the amendment is checked against.
     */
    @GetMapping("/consignments/{id}/amendment")
    String amendmentForm(@PathVariable String id, Model model) {
        ConsignmentDetail detail = detail(id);
        return amend(new Amending(id, detail.version(), detail.declaration().reference(), ""),
                DeclarationForm.of(detail.declaration()), Map.of(), model);
    }

    @PostMapping(path = "/consignments/{id}/amendment", params = "addLine")
    String amendmentAddLine(@PathVariable String id, @RequestParam MultiValueMap<String, String> input, Model model) {
        return amend(Amending.read(id, input), DeclarationForm.read(input).withLineAdded(), Map.of(), model);
    }

    @PostMapping(path = "/consignments/{id}/amendment", params = "removeLine")
    String amendmentRemoveLine(@PathVariable String id, @RequestParam MultiValueMap<String, String> input,
                               @RequestParam("removeLine") String lineNumber, Model model) {
        return amend(Amending.read(id, input), DeclarationForm.read(input).withLineRemoved(lineNumber), Map.of(), model);
    }

    @PostMapping(path = "/consignments/{id}/amendment", params = {"!addLine", "!removeLine"})
    String amendment(@PathVariable String id, @RequestParam MultiValueMap<String, String> input,
                     @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        DeclarationForm form = DeclarationForm.read(input);
        Amending amending = Amending.read(id, input);
        DeclarationAssembly assembly = DeclarationAssembly.of(form);
        AmendDeclarationCommand command;
        try {
            if (assembly.declaration() == null) {
                response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
                return amend(amending, form, texts.of(assembly.errors().byPath()), model);
            }
            command = new AmendDeclarationCommand(id, amending.expectedVersion(), assembly.declaration(), amending.reason());
        } catch (InvalidValueException invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            Map<String, String> errors = new LinkedHashMap<>(texts.of(assembly.errors().byPath()));
            errors.put(invalid.field(), texts.of(invalid));
            return amend(amending, form, errors, model);
        }
        CommandOutcome outcome = commands.send(command, user);
        if (outcome.accepted()) {
            catchUp.awaitStored(id);
            redirect.addFlashAttribute("done", "consignments.done.amendment");
            return "redirect:/consignments/" + id;
        }
        response.setStatus((outcome.staleVersion() ? HttpStatus.CONFLICT
                : outcome.unavailable() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.UNPROCESSABLE_ENTITY).value());
        model.addAttribute("refusal", texts.of(outcome, user));
        return amend(amending, form, Map.of(), model);
    }

    private String amend(Amending amending, DeclarationForm form, Map<String, String> errors, Model model) {
        model.addAttribute("amending", amending);
        return show(form, errors, model);
    }

    private ConsignmentDetail detail(String id) {
        return queries.query(new FetchConsignmentDetailQuery(id), ResponseTypes.optionalInstanceOf(ConsignmentDetail.class))
                .join().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * What an amendment carries besides the declaration: the consignment, the version the officer
     * started from (kept over added and removed lines), its reference as stored, and why.
     */
    record Amending(String consignmentId, long expectedVersion, String reference, String reason) {

        static Amending read(String consignmentId, MultiValueMap<String, String> input) {
            String version = input.getFirst("expectedVersion");
            String reason = input.getFirst("reason");
            return new Amending(consignmentId, version != null && version.matches("\\d{1,18}") ? Long.parseLong(version) : -1,
                    input.getFirst("reference"), reason == null ? "" : reason);
        }
    }

    private static String show(DeclarationForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("summary", ErrorSummary.of(errors));
        return VIEW;
    }
}
