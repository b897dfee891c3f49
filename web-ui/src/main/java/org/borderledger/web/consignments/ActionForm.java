package org.borderledger.web.consignments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderledger.consignment.api.CancelDeclarationCommand;
import org.borderledger.consignment.api.CompleteInspectionCommand;
import org.borderledger.consignment.api.ConfirmPossibleMatchCommand;
import org.borderledger.consignment.api.DecideReexportCommand;
import org.borderledger.consignment.api.DismissPossibleMatchCommand;
import org.borderledger.consignment.api.ReexportDecision;
import org.borderledger.consignment.api.DocumentCheckOutcome;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.InspectionOutcome;
import org.borderledger.consignment.api.InvalidValueException;
import org.borderledger.consignment.api.PartyRole;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.consignment.api.RecordDocumentCheckCommand;
import org.borderledger.consignment.api.RecordFindingCommand;
import org.borderledger.consignment.api.ScreeningHit;
import org.borderledger.consignment.api.RecordTransitArrivalCommand;
import org.borderledger.consignment.api.ReleaseConsignmentCommand;
import org.borderledger.consignment.api.SealCheck;
import org.borderledger.consignment.api.SealCondition;
import org.borderledger.consignment.api.StartInspectionCommand;
import org.borderledger.web.Choices;
import org.borderledger.web.declaration.DeclarationAssembly;

/**
 * What a person typed into one action form of the detail page, as text, with the version they were
 * looking at. {@code action} is the last path segment the form posts to. {@link #command} builds the
 * command; a value refused before it is sent throws {@link InvalidValueException} naming the field,
 * so the form can say so next to it.
 */
public record ActionForm(String action, long expectedVersion, Map<String, String> typed) {

    static final List<String> ACTIONS =
            List.of("document-check", "inspection", "finding", "inspection-completion", "hold", "release", "cancellation",
                    "transit-arrival");
    /** Actions on one possible match, which name it by the fields {@code role} and {@code entryId}. */
    static final List<String> POSSIBLE_MATCH_ACTIONS = List.of("possible-match-confirmation", "possible-match-dismissal");
    /** The decision on one possible re-export, which names it by the field {@code hs6}. */
    static final String REEXPORT_DECISION = "reexport-decision";

    public ActionForm {
        typed = Map.copyOf(typed);
    }

    /** The form of {@code action} as posted; empty for an action the page does not have. */
    static Optional<ActionForm> of(String action, Map<String, String> posted) {
        if (!ACTIONS.contains(action) && !POSSIBLE_MATCH_ACTIONS.contains(action) && !REEXPORT_DECISION.equals(action)) {
            return Optional.empty();
        }
        String version = posted.get("expectedVersion");
        // -1, which every command refuses by name, when the version is not a number.
        long expectedVersion = version != null && version.strip().matches("\\d{1,18}") ? Long.parseLong(version.strip()) : -1;
        return Optional.of(new ActionForm(action, expectedVersion, posted));
    }

    /** What a field holds: what was typed, or the page's suggestion. Empty when nothing. */
    public String value(String field) {
        return typed.getOrDefault(field, "");
    }

    Object command(String consignmentId) {
        return switch (action) {
            case "document-check" -> new RecordDocumentCheckCommand(consignmentId, expectedVersion,
                    choice(DocumentCheckOutcome.class, "outcome"), value("note"));
            case "inspection" -> new StartInspectionCommand(consignmentId, expectedVersion, value("inspectionId"), value("note"));
            case "finding" -> new RecordFindingCommand(consignmentId, expectedVersion, lineNumber(),
                    "true".equals(value("discrepancy")), value("description"));
            case "inspection-completion" -> new CompleteInspectionCommand(consignmentId, expectedVersion,
                    choice(InspectionOutcome.class, "outcome"), value("note"));
            case "hold" -> new PlaceHoldCommand(consignmentId, expectedVersion, value("holdId"),
                    choice(HoldReason.class, "reason"), value("text"));
            case "release" -> new ReleaseConsignmentCommand(consignmentId, expectedVersion, value("note"));
            case "cancellation" -> new CancelDeclarationCommand(consignmentId, expectedVersion, value("reason"));
            case "transit-arrival" -> new RecordTransitArrivalCommand(consignmentId, expectedVersion, value("arrivalPost"),
                    sealChecks(), DeclarationAssembly.codes(value("otherSeals")), value("vehicleRegistration"), value("note"));
            case "possible-match-confirmation" -> new ConfirmPossibleMatchCommand(consignmentId, expectedVersion,
                    choice(PartyRole.class, "role"), value("entryId"));
            case "possible-match-dismissal" -> new DismissPossibleMatchCommand(consignmentId, expectedVersion,
                    choice(PartyRole.class, "role"), value("entryId"), value("reason"));
            case REEXPORT_DECISION -> new DecideReexportCommand(consignmentId, expectedVersion, value("hs6"),
                    choice(ReexportDecision.class, "decision"), value("reason"));
            default -> throw new IllegalStateException("No command for action " + action);
        };
    }

    /** Whether this form was about the possible match of {@code hit}. */
    public boolean concerns(ScreeningHit.PartyHit hit) {
        return hit.role().name().equals(value("role")) && hit.entryId().equals(value("entryId"));
    }

    /** Whether this form was about the possible re-export of {@code hit}. */
    public boolean concerns(ScreeningHit.ReexportHit hit) {
        return hit.hs6().equals(value("hs6"));
    }

    /**
     * The declared seals as found, posted as {@code sealNumber-<i>} with {@code sealCondition-<i>} from 0;
     * a seal without a condition chosen is refused by name.
     */
    private List<SealCheck> sealChecks() {
        List<SealCheck> seals = new ArrayList<>();
        for (int i = 0; typed.containsKey("sealNumber-" + i); i++) {
            seals.add(new SealCheck(value("sealNumber-" + i), choice(SealCondition.class, "sealCondition-" + i)));
        }
        return seals;
    }

    /** Empty means the whole consignment. */
    private Integer lineNumber() {
        String line = value("lineNumber").strip();
        if (line.isEmpty()) {
            return null;
        }
        if (!line.matches("\\d{1,4}")) {
            throw new InvalidValueException("lineNumber", "lineNumberNotWhole", Map.of("value", line), "Line number must be a whole number, or empty for the whole consignment");
        }
        return Integer.valueOf(line);
    }

    /** The chosen code, or null when none was chosen (the command then says it is required). */
    private <E extends Enum<E>> E choice(Class<E> type, String field) {
        return Choices.of(type, field, value(field), "'" + value(field).strip() + "' is not one of the choices");
    }
}
