package org.borderledger.support;

import java.util.Locale;
import java.util.UUID;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.borderledger.consignment.api.BorderPosts;
import org.borderledger.consignment.api.BorderPosts.BorderPost;
import org.borderledger.consignment.api.CompleteInspectionCommand;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.InspectionOutcome;
import org.borderledger.consignment.api.RecordFindingCommand;
import org.borderledger.consignment.api.ReleaseConsignmentCommand;
import org.borderledger.consignment.api.ReviewHoldCommand;
import org.borderledger.consignment.api.StartInspectionCommand;

/** The people and the stories the application's integration tests share. */
public final class Lifecycles {

    public static final Actor OFFICER = new Actor("o.aliyev", Role.OFFICER, "Kurmangazy");
    public static final Actor SUPERVISOR = new Actor("s.karimov", Role.SUPERVISOR, "Kurmangazy");

    private Lifecycles() {
    }

    /** {@code actor} posted to every border post of the list: for tests that spread consignments over posts to keep them apart. */
    public static Actor postedEverywhere(Actor actor) {
        return new Actor(actor.userId(), actor.role(), actor.borderPost(), BorderPosts.all().stream().map(BorderPost::name).toList());
    }

    /** An id or reference no other test uses: the test classes of a context share one database. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** An export to Russia whose consignee is on the denied-party list: screened RED and held automatically (AUTO-1). */
    public static Declaration toASanctionedConsignee(String reference) {
        return Declarations.builder().reference(reference)
                .consignee(Declarations.party("ООО «Ромашка»", "RU")).toDestination("RU").build();
    }

    /**
     * Carries a consignment held by screening (version 2) to release: a supervisor lifts the hold as a
     * false positive, an officer inspects without discrepancy and releases it (version 7).
     */
    public static void liftInspectAndRelease(Commands commands, String id) {
        commands.send(new ReviewHoldCommand(id, 2, "AUTO-1", HoldDecision.LIFT, DecisionReason.FALSE_POSITIVE_MATCH,
                "Different company: registry extract checked, BIN differs", null), SUPERVISOR);
        commands.send(new StartInspectionCommand(id, 3, "INSP-1", "Lane 4"), OFFICER);
        commands.send(new RecordFindingCommand(id, 4, 1, false, "Seals intact, goods as declared"), OFFICER);
        commands.send(new CompleteInspectionCommand(id, 5, InspectionOutcome.NO_DISCREPANCY, null), OFFICER);
        commands.send(new ReleaseConsignmentCommand(id, 6, "Released at lane 4"), OFFICER);
    }
}
