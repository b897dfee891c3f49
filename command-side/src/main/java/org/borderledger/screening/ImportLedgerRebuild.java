package org.borderledger.screening;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.lifecycle.Phase;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.DeclarationAmendedEvent;
import org.borderledger.consignment.api.DeclarationCancelledEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the import ledger from the event store when table {@code import_ledger_rebuilt} has no row:
 * on the first start after the ledger was added, and after an operator deleted the row. Runs before
 * the application takes commands, under a lock that makes a command of another instance that writes
 * the ledger wait, so no import is missed or kept twice. The ledger is a fold of three events: a
 * declaration (at its event's time), an amendment (lines replaced, the declaration's time kept) and a
 * cancellation.
 */
@Component
class ImportLedgerRebuild implements ConfigurerModule {

    private static final Logger log = LoggerFactory.getLogger(ImportLedgerRebuild.class);

    private final ObjectProvider<ImportLedger> ledger;
    private final ObjectProvider<JdbcTemplate> jdbc;
    private final ObjectProvider<TransactionTemplate> transactions;
    private final ObjectProvider<EventStorageEngine> events;

    /** Looked up at start: a module's constructor may not need Axon's beans, which are built from the modules. */
    ImportLedgerRebuild(ObjectProvider<ImportLedger> ledger, ObjectProvider<JdbcTemplate> jdbc,
                        ObjectProvider<TransactionTemplate> transactions, ObjectProvider<EventStorageEngine> events) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.onInitialize(config -> config.onStart(Phase.INBOUND_COMMAND_CONNECTOR,
                this::rebuildIfAsked));
    }

    void rebuildIfAsked() {
        Integer lines = transactions.getObject().execute(status -> {
            JdbcTemplate db = jdbc.getObject();
            db.execute("LOCK TABLE import_ledger IN EXCLUSIVE MODE");
            if (db.queryForObject("SELECT count(*) FROM import_ledger_rebuilt", Integer.class) > 0) {
                return null;
            }
            db.update("DELETE FROM import_ledger");
            Map<String, Instant> declaredAt = new HashMap<>();
            try (Stream<? extends TrackedEventMessage<?>> stream = events.getObject().readEvents(null, false)) {
                stream.forEach(event -> fold(event, declaredAt));
            }
            db.update("INSERT INTO import_ledger_rebuilt DEFAULT VALUES");
            return db.queryForObject("SELECT count(*) FROM import_ledger", Integer.class);
        });
        if (lines != null) {
            log.info("Import ledger rebuilt from the events: {} import lines", lines);
        }
    }

    private void fold(TrackedEventMessage<?> event, Map<String, Instant> declaredAt) {
        Class<?> type = event.getPayloadType();
        if (type == ConsignmentDeclaredEvent.class) {
            ConsignmentDeclaredEvent declared = (ConsignmentDeclaredEvent) event.getPayload();
            declaredAt.put(declared.consignmentId(), event.getTimestamp());
            ledger.getObject().record(declared.consignmentId(), declared.declaration(), event.getTimestamp());
        } else if (type == DeclarationAmendedEvent.class) {
            DeclarationAmendedEvent amended = (DeclarationAmendedEvent) event.getPayload();
            ledger.getObject().record(amended.consignmentId(), amended.declaration(), declaredAt.get(amended.consignmentId()));
        } else if (type == DeclarationCancelledEvent.class) {
            ledger.getObject().withdraw(((DeclarationCancelledEvent) event.getPayload()).consignmentId());
        }
    }
}
