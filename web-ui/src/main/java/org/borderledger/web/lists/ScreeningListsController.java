package org.borderledger.web.lists;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.borderledger.screening.api.ListSource;
import org.borderledger.web.ProblemTexts;
import org.borderledger.web.security.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The screening lists' page: the history of every published version for administrators and
 * auditors, and for administrators the form that publishes a new version of one list from its files.
 */
@Controller
class ScreeningListsController {

    static final String PAGE = "lists/publications";

    private final ListPublishing publishing;
    private final ProblemTexts texts;

    ScreeningListsController(ListPublishing publishing, ProblemTexts texts) {
        this.publishing = publishing;
        this.texts = texts;
    }

    @GetMapping("/admin/screening-lists")
    String page(Model model) {
        return page(model, null);
    }

    /**
     * Publishes only when the administrator has confirmed that the new version re-screens every open
     * consignment (the form's checkbox), and then shows the new version's page, where that re-screening
     * runs live. Unconfirmed, nothing is read or published: the box is marked and the files are chosen
     * again, as no upload is kept between two requests.
     */
    @PostMapping("/admin/screening-lists")
    String publish(@RequestParam(required = false) String source,
                   @RequestParam(name = "files", required = false) List<MultipartFile> files,
                   @RequestParam(defaultValue = "false") boolean confirmed,
                   @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        if (!confirmed) {
            model.addAttribute("unconfirmed", true);
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(model, source);
        }
        ListPublishing.Result result = publishing.publish(source, files, user);
        if (result instanceof ListPublishing.Published published) {
            redirect.addFlashAttribute("published", published.publication());
            redirect.addAttribute("version", published.publication().version());
            return "redirect:/admin/screening-lists/{version}";
        }
        if (result instanceof ListPublishing.Unreadable unreadable) {
            model.addAttribute("problems", unreadable.problems());
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        } else if (result instanceof ListPublishing.Refused refused) {
            model.addAttribute("refusal", texts.of(refused.outcome(), user));
            response.setStatus(refused.outcome().unavailable() ? HttpStatus.SERVICE_UNAVAILABLE.value() : HttpStatus.CONFLICT.value());
        }
        return page(model, source);
    }

    private String page(Model model, String source) {
        model.addAttribute("sources", ListSource.values());
        model.addAttribute("source", source);
        model.addAttribute("history", publishing.history());
        return PAGE;
    }
}
