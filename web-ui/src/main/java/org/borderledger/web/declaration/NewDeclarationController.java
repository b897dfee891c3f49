package org.borderledger.web.declaration;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.borderledger.consignment.api.Direction;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.consignment.api.TransportMode;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The new-declaration form. One POST serves its three buttons, so that adding and removing goods
 * lines works without JavaScript: the form comes back with everything typed and one line more or less.
 */
@Controller
class NewDeclarationController {

    private static final String VIEW = "declaration/new";

    private final Declarations declarations;
    private final BorderPosts borderPosts;
    private final DetailCatchUp catchUp;

    NewDeclarationController(Declarations declarations, BorderPosts borderPosts, DetailCatchUp catchUp) {
        this.declarations = declarations;
        this.borderPosts = borderPosts;
        this.catchUp = catchUp;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("borderPosts", borderPosts.all());
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
        DeclarationForm form = DeclarationForm.read(input);
        return show(lineNumber.matches("\\d{1,3}") ? form.withLineRemoved(Integer.parseInt(lineNumber)) : form, Map.of(), model);
    }

    @PostMapping(path = "/consignments", params = {"!addLine", "!removeLine"})
    String declare(@RequestParam MultiValueMap<String, String> input, @AuthenticationPrincipal SignedInUser user,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        DeclarationForm form = DeclarationForm.read(input);
        DeclarationAssembly assembly = DeclarationAssembly.of(form, borderPosts);
        if (assembly.declaration() == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return show(form, assembly.errors().byPath(), model);
        }
        Declarations.Declared declared = declarations.declare(assembly.declaration(), user);
        CommandOutcome outcome = declared.outcome();
        if (!outcome.accepted()) {
            response.setStatus((outcome.unavailable() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.CONFLICT).value());
            if (outcome.refusal() == RejectionCode.DUPLICATE_REFERENCE) {
                return show(form, Map.of("reference", outcome.message()), model);
            }
            model.addAttribute("refusal", outcome.message());
            return show(form, Map.of(), model);
        }
        // The detail page shows this once: the declaration went in, and its screening outcome is there.
        catchUp.awaitStored(declared.consignmentId());
        redirect.addFlashAttribute("declared", assembly.declaration().reference());
        return "redirect:/consignments/" + declared.consignmentId();
    }

    private static String show(DeclarationForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("summary", ErrorSummary.of(errors));
        return VIEW;
    }
}
