package org.borderledger.benchmark;

import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.borderledger.consignment.api.CompleteInspectionCommand;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.Declaration;
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
 * of payload they meet at a border post; its commands are what the throughput clients send.
 */
@Component
class TemplateLifecycle {

    static final String CONSIGNMENT_ID = "CN-BENCH-TEMPLATE";
    /** The declaration's events: declared, screened RED, held. */
    static final int DECLARATION_EVENTS = 3;
    static final Actor OFFICER = new Actor("o.bench", Role.OFFICER, Declarations.BORDER_POST);
    private static final Actor SUPERVISOR = new Actor("s.bench", Role.SUPERVISOR, Declarations.BORDER_POST);

    private final CommandGateway commands;
    private final EventStore eventStore;

    TemplateLifecycle(CommandGateway commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    /** Runs the template's life and returns its stored events. */
    List<? extends DomainEventMessage<?>> events() {
        commands(CONSIGNMENT_ID, "BENCH-TEMPLATE").forEach(commands::sendAndWait);
        return eventStore.readEvents(CONSIGNMENT_ID, 0).asStream().toList();
    }

    /** The commands of one whole life of a consignment, each with its sender in the metadata. */
    static List<CommandMessage<?>> commands(String id, String reference) {
        return List.of(
                declaration(id, reference),
                sent(new ReviewHoldCommand(id, 2, "AUTO-1", HoldDecision.LIFT, DecisionReason.FALSE_POSITIVE_MATCH,
                        "Registry extract checked, BIN differs", null), SUPERVISOR),
                sent(new StartInspectionCommand(id, 3, "INSP-1", "Lane 2"), OFFICER),
                sent(new RecordFindingCommand(id, 4, 1, false, "Seals intact, goods as declared"), OFFICER),
                sent(new CompleteInspectionCommand(id, 5, InspectionOutcome.NO_DISCREPANCY, null), OFFICER),
                sent(new ReleaseConsignmentCommand(id, 6, "Released at lane 2"), OFFICER));
    }

    /** The declaration that starts the life: screened RED with an automatic hold (3 events). */
    static CommandMessage<?> declaration(String id, String reference) {
        Declaration declaration = Declarations.builder().reference(reference)
                .consignee(Declarations.party("ООО «Ромашка»", "RU")).toDestination("RU").build();
        return sent(new DeclareConsignmentCommand(id, declaration), OFFICER);
    }

    static CommandMessage<?> sent(Object command, Actor actor) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(actor.asMetaData());
    }
}
