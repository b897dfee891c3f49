package org.borderledger.support;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.borderledger.consignment.api.ConsignmentCommand;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Transient faults in the middle of a command's transaction, on demand, raised by PostgreSQL itself:
 * the transaction's connection terminated with {@code pg_terminate_backend}, as a failover or a
 * restarted server would, or the transaction refused as not serializable. A test context gets it with
 * {@code @Import(TransactionFaults.class)} and says how many attempts at a command on a consignment
 * meet which {@link Fault}; every attempt is counted. Not a {@code @Configuration}: no component scan picks
 * it up from this module's test jar, only the tests that import it get it.
 */
public class TransactionFaults {

    public enum Fault {
        /** Before the handler: its first statement fails on the terminated session. */
        CONNECTION_DROPPED_BEFORE_HANDLER,
        /** After the event store has inserted the handler's events: the commit fails. */
        CONNECTION_DROPPED_BEFORE_COMMIT,
        /** After the event store has inserted the handler's events: SQLSTATE 40001 aborts the transaction. */
        SERIALIZATION_FAILURE_BEFORE_COMMIT
    }

    private record Planned(AtomicInteger left, Fault fault) {
    }

    private final Map<String, Planned> planned = new ConcurrentHashMap<>();
    private final Map<String, Runnable> rivals = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;
    private final String url;

    TransactionFaults(JdbcTemplate jdbc, @Value("${spring.datasource.url}") String url) {
        this.jdbc = jdbc;
        this.url = url;
    }

    /** The next {@code times} attempts at commands on the consignment meet the fault. */
    public void inject(Fault fault, String consignmentId, int times) {
        planned.put(consignmentId, new Planned(new AtomicInteger(times), fault));
    }

    /**
     * The next command on the consignment, once its handler has decided, is overtaken by {@code rival}
     * appending to the store in a transaction of its own, as another instance would: the command's
     * own append then meets the rival's event on the store's unique key.
     */
    public void overtake(String consignmentId, Runnable rival) {
        rivals.put(consignmentId, rival);
    }

    /** How many times a command on the consignment reached its handler, retries included. */
    public int attempts(String consignmentId) {
        return attempts.getOrDefault(consignmentId, new AtomicInteger()).get();
    }

    @Bean
    ConfigurerModule transactionFaults() {
        return configurer -> configurer.onInitialize(config -> config.onStart(Phase.INBOUND_COMMAND_CONNECTOR - 1,
                () -> config.commandBus().registerHandlerInterceptor(interceptor())));
    }

    private MessageHandlerInterceptor<CommandMessage<?>> interceptor() {
        return (unitOfWork, chain) -> {
            String consignmentId = unitOfWork.getMessage().getPayload() instanceof ConsignmentCommand command
                    ? command.consignmentId() : "";
            attempts.computeIfAbsent(consignmentId, id -> new AtomicInteger()).incrementAndGet();
            Planned plan = planned.get(consignmentId);
            Fault fault = plan != null && plan.left().getAndDecrement() > 0 ? plan.fault() : null;
            if (fault == Fault.CONNECTION_DROPPED_BEFORE_HANDLER) {
                terminateTransactionConnection();
            }
            Runnable rival = rivals.remove(consignmentId);
            if (rival != null) {
                // Registered before the handler's events, so it runs before the event store's insert.
                unitOfWork.onPrepareCommit(u -> CompletableFuture.runAsync(rival).join());
            }
            Object result = chain.proceed();
            // Registered after the handler's events, so these run after the event store's insert.
            if (fault == Fault.CONNECTION_DROPPED_BEFORE_COMMIT) {
                unitOfWork.onPrepareCommit(u -> terminateTransactionConnection());
            } else if (fault == Fault.SERIALIZATION_FAILURE_BEFORE_COMMIT) {
                unitOfWork.onPrepareCommit(u -> jdbc.execute("DO $$ BEGIN RAISE EXCEPTION"
                        + " 'could not serialize access due to concurrent update' USING ERRCODE = '40001'; END $$"));
            }
            return result;
        };
    }

    /** Ends the server process behind the transaction's connection and waits until it is gone. */
    private void terminateTransactionConnection() {
        int backendPid = jdbc.queryForObject("SELECT pg_backend_pid()", Integer.class);
        try (Connection admin = DriverManager.getConnection(url, TestDatabases.USER, TestDatabases.PASSWORD);
             PreparedStatement kill = admin.prepareStatement("SELECT pg_terminate_backend(?)");
             PreparedStatement alive = admin.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE pid = ?")) {
            kill.setInt(1, backendPid);
            kill.execute();
            alive.setInt(1, backendPid);
            await().untilAsserted(() -> {
                try (var rows = alive.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) != 0) {
                        throw new AssertionError("Backend " + backendPid + " still running");
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Could not terminate backend " + backendPid, e);
        }
    }
}
