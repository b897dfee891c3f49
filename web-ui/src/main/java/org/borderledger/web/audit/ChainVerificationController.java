package org.borderledger.web.audit;

import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.audit.api.ChainVerification;
import org.borderledger.audit.api.VerifyEventChainQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Verification of the events' hash chain on demand. It reads every event of the store, so it runs
 * when the auditor presses the button (a POST, which no link prefetch or crawler sends), not on
 * opening the page. It changes nothing, so the result is shown straight away.
 */
@Controller
class ChainVerificationController {

    private final QueryGateway queries;

    ChainVerificationController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/audit/chain")
    String form(@RequestParam(required = false) String consignmentId, Model model) {
        model.addAttribute("consignmentId", consignmentId);
        return "audit/chain";
    }

    @PostMapping("/audit/chain")
    String verify(@RequestParam(required = false) String consignmentId, Model model) {
        String scope = consignmentId == null || consignmentId.isBlank() ? null : consignmentId.strip();
        model.addAttribute("consignmentId", scope);
        model.addAttribute("result", queries.query(new VerifyEventChainQuery(scope), ChainVerification.class).join());
        return "audit/chain";
    }
}
