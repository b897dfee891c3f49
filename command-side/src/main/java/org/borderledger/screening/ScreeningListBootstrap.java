package org.borderledger.screening;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.lifecycle.Phase;
import org.borderledger.actor.api.Actor;
import org.borderledger.screening.api.PublishScreeningListCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * At start, before any command comes in from outside, makes sure a version of the screening lists is
 * in force: on an empty register the system publishes the lists shipped with the application.
 * Instances starting together on one database may all find the register empty; the event store
 * accepts only one first event, and whoever loses finds the winner's version on its next read.
 * A stored publication that cannot be read does not stop the start: screening refuses and health
 * reports it ({@link RegisteredScreeningListVersions}).
 */
@Component
class ScreeningListBootstrap implements ConfigurerModule {

    private static final Logger log = LoggerFactory.getLogger(ScreeningListBootstrap.class);

    /** Looked up at start: a module's constructor may not need Axon's beans, which are built from the modules. */
    private final ObjectProvider<ScreeningListVersions> versions;

    ScreeningListBootstrap(ObjectProvider<ScreeningListVersions> versions) {
        this.versions = versions;
    }

    @Override
    public void configureModule(Configurer configurer) {
        // after the command bus checks roles (INBOUND_COMMAND_CONNECTOR - 1), before the console takes commands
        configurer.onInitialize(config -> config.onStart(Phase.INBOUND_COMMAND_CONNECTOR,
                () -> publishShippedListsIfNoneWere(config.eventStore(), config.commandGateway(), versions.getObject())));
    }

    static void publishShippedListsIfNoneWere(EventStore eventStore, CommandGateway commands, ScreeningListVersions versions) {
        if (eventStore.lastSequenceNumberFor(PublishScreeningListCommand.REGISTER_ID).isEmpty()) {
            try {
                String version = commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                        new PublishScreeningListCommand(ShippedLists.load())).andMetaData(Actor.SYSTEM.asMetaData()));
                log.info("Published the shipped screening lists as version {}", version);
            } catch (RuntimeException lost) {
                if (eventStore.lastSequenceNumberFor(PublishScreeningListCommand.REGISTER_ID).isEmpty()) {
                    throw lost;
                }
                log.info("Another instance published the first screening-list version ({})", lost.getMessage());
            }
        }
        versions.refresh();
        try {
            log.info("Screening lists in force: version {}", versions.inForce().version());
        } catch (ScreeningListsUnreadableException stopped) {
            // the application starts so that health and the console can say what is wrong; screening refuses meanwhile
            log.error("Started without screening: {}", stopped.getMessage());
        }
    }
}
