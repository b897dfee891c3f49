package org.borderledger.web.audit;

import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.audit.api.ChainVerification;
import org.borderledger.audit.api.VerifyEventChainQuery;
import org.borderledger.checkpoint.api.Checkpoint;
import org.borderledger.checkpoint.api.CheckpointVerification;
import org.borderledger.checkpoint.api.Checkpoints;
import org.borderledger.checkpoint.api.FetchCheckpointQuery;
import org.borderledger.checkpoint.api.FetchCheckpointsQuery;
import org.borderledger.checkpoint.api.MakeCheckpointCommand;
import org.borderledger.checkpoint.api.VerifyCheckpointQuery;
import org.borderledger.web.ConsoleCommands;
import org.borderledger.web.ConsoleCommands.CommandOutcome;
import org.borderledger.web.ProblemTexts;
import org.borderledger.web.security.SignedInUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * Verification of the event store on demand: each consignment's hash chain, and the whole store against a
 * signed checkpoint, the newest stored one or a file the auditor kept. Verifying reads every event, so it
 * runs when the auditor presses the button (a POST, which no link prefetch or crawler sends), not on
 * opening the page. It changes nothing, so the result is shown straight away.
 */
@Controller
class ChainVerificationController {

    private static final int CHECKPOINTS_SHOWN = 20;

    private final QueryGateway queries;
    private final ConsoleCommands commands;
    private final CheckpointFiles files;
    private final ConsignmentLookup lookup;
    private final ProblemTexts texts;

    ChainVerificationController(QueryGateway queries, ConsoleCommands commands, CheckpointFiles files,
                                ConsignmentLookup lookup, ProblemTexts texts) {
        this.texts = texts;
        this.lookup = lookup;
        this.queries = queries;
        this.commands = commands;
        this.files = files;
    }

    @GetMapping("/audit/chain")
    String form(@RequestParam(required = false) String consignmentId, Model model) {
        return page(consignmentId, model);
    }

    @PostMapping("/audit/chain")
    String verify(@RequestParam(required = false) String consignmentId, Model model) {
        ConsignmentLookup.Found found = lookup.find(consignmentId);
        if (found == null) {
            model.addAttribute("result", queries.query(new VerifyEventChainQuery(null), ChainVerification.class).join());
            model.addAttribute("checkpointResult", verify(VerifyCheckpointQuery.againstNewest()));
            return page(null, model);
        }
        model.addAttribute("found", found);
        if (found.consignmentId() != null) {
            model.addAttribute("result", queries.query(new VerifyEventChainQuery(found.consignmentId()), ChainVerification.class)
                    .join());
        }
        return page(found.typed(), model);
    }

    @PostMapping("/audit/chain/checkpoint-file")
    String verifyAgainstFile(@RequestParam(required = false) MultipartFile file, Model model) {
        try {
            model.addAttribute("checkpointResult", verify(new VerifyCheckpointQuery(files.read(file))));
            model.addAttribute("againstFile", true);
        } catch (CheckpointFiles.NotACheckpointFile refused) {
            model.addAttribute("fileProblem", refused.messageKey());
        }
        return page(null, model);
    }

    @PostMapping("/audit/checkpoints")
    String makeCheckpoint(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        CommandOutcome outcome = commands.send(new MakeCheckpointCommand(), user);
        if (outcome.accepted()) {
            redirect.addFlashAttribute("made", outcome.result());
        } else {
            redirect.addFlashAttribute("makeRefused", texts.of(outcome, user));
        }
        return "redirect:/audit/chain";
    }

    @GetMapping("/audit/checkpoints/{position}")
    ResponseEntity<byte[]> download(@PathVariable long position) {
        Checkpoint checkpoint = queries.query(new FetchCheckpointQuery(position), Checkpoint.class).join();
        if (checkpoint == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No checkpoint at position " + position);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(CheckpointFiles.fileName(checkpoint)).build().toString())
                .body(files.write(checkpoint));
    }

    private CheckpointVerification verify(VerifyCheckpointQuery query) {
        return queries.query(query, CheckpointVerification.class).join();
    }

    private String page(String consignmentId, Model model) {
        model.addAttribute("consignmentId", consignmentId);
        model.addAttribute("checkpoints", queries.query(new FetchCheckpointsQuery(CHECKPOINTS_SHOWN), Checkpoints.class).join());
        return "audit/chain";
    }
}
