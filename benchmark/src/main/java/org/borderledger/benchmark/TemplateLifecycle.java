package org.borderledger.benchmark;

import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.borderledger.actor.Actor;
import org.borderledger.actor.Role;
import org.borderledger.consignment.api.CompleteInspectionCommand;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.InspectionOutcome;
import org.borderledger.consignment.api.RecordFindingCommand;
import org.borderledger.consignment.api.ReleaseConsignmentCommand;
import org.borderledger.consignment.api.ReviewHoldCommand;
import org.borderledger.consignment.api.StartInspectionCommand;
import org.springframework.stereotype.Component;

/**
 * One consignment's whole life, through the real command handlers: an export to a denied party is
 * screened RED and held, a supervisor lifts the hold, an officer inspects, records a finding and
 * releases it. Its 8 events are the pattern the store is filled with, so projections meet every kind
 * of payload they meet at a border post.
 */
@Component
class TemplateLifecycle {

    static final String CONSIGNMENT_ID = "CN-BENCH-TEMPLATE";
    private static final Actor OFFICER = new Actor("o.bench", Role.OFFICER, Declarations.BORDER_POST);
    private static final Actor SUPERVISOR = new Actor("s.bench", Role.SUPERVISOR, Declarations.BORDER_POST);

    private final CommandGateway commands;
    private final EventStore eventStore;

    TemplateLifecycle(CommandGateway commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    List<? extends DomainEventMessage<?>> events() {
        String id = CONSIGNMENT_ID;
        send(new DeclareConsignmentCommand(id, Declarations.builder().reference("BENCH-TEMPLATE")
                .consignee(Declarations.party("ООО «Ромашка»", "RU")).toDestination("RU").build()), OFFICER);
        send(new ReviewHoldCommand(id, 2, "AUTO-1", HoldDecision.LIFT, DecisionReason.FALSE_POSITIVE_MATCH,
                "Registry extract checked, BIN differs", null), SUPERVISOR);
        send(new StartInspectionCommand(id, 3, "INSP-1", "Lane 2"), OFFICER);
        send(new RecordFindingCommand(id, 4, 1, false, "Seals intact, goods as declared"), OFFICER);
        send(new CompleteInspectionCommand(id, 5, InspectionOutcome.NO_DISCREPANCY, null), OFFICER);
        send(new ReleaseConsignmentCommand(id, 6, "Released at lane 2"), OFFICER);
        return eventStore.readEvents(id, 0).asStream().toList();
    }

    private void send(Object command, Actor actor) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(actor.asMetaData()));
    }
}
