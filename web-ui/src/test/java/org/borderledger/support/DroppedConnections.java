package org.borderledger.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.borderledger.consignment.api.ConsignmentCommand;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A connection drop in the middle of a command's transaction, on demand: the database connection of
 * the transaction is terminated with {@code pg_terminate_backend}, as a failover or a restarted server
 * would, at a chosen {@link Moment}. A test context gets it with {@code @Import(DroppedConnections.class)}
 * and says how many attempts at a command on a consignment lose their connection; every attempt is
 * counted.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DroppedConnections {

    /** When in the transaction the connection goes. */
    public enum Moment {
        /** Before the handler: loading the consignment fails on the terminated session. */
        BEFORE_HANDLER,
        /** After the event store has inserted the handler's events: the commit fails. */
        BEFORE_COMMIT
    }

    private record Drops(AtomicInteger left, Moment moment) {
    }

    private final Map<String, Drops> drops = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;
    private final String url;

    DroppedConnections(JdbcTemplate jdbc, @Value("${spring.datasource.url}") String url) {
        this.jdbc = jdbc;
        this.url = url;
    }

    /** The next {@code times} attempts at commands on the consignment lose their connection at {@code moment}. */
    public void drop(String consignmentId, int times, Moment moment) {
        drops.put(consignmentId, new Drops(new AtomicInteger(times), moment));
    }

    /** How many times a command on the consignment reached its handler, retries included. */
    public int attempts(String consignmentId) {
        return attempts.getOrDefault(consignmentId, new AtomicInteger()).get();
    }

    @Bean
    ConfigurerModule connectionDrops() {
        return configurer -> configurer.onInitialize(config -> config.onStart(Phase.INBOUND_COMMAND_CONNECTOR - 1,
                () -> config.commandBus().registerHandlerInterceptor(interceptor())));
    }

    private MessageHandlerInterceptor<CommandMessage<?>> interceptor() {
        return (unitOfWork, chain) -> {
            String consignmentId = unitOfWork.getMessage().getPayload() instanceof ConsignmentCommand command
                    ? command.consignmentId() : "";
            attempts.computeIfAbsent(consignmentId, id -> new AtomicInteger()).incrementAndGet();
            Drops planned = drops.get(consignmentId);
            Moment moment = planned != null && planned.left().getAndDecrement() > 0 ? planned.moment() : null;
            if (moment == Moment.BEFORE_HANDLER) {
                terminateTransactionConnection();
            }
            Object result = chain.proceed();
            if (moment == Moment.BEFORE_COMMIT) {
                // Registered after the handler's events, so it runs after the event store's insert.
                unitOfWork.onPrepareCommit(u -> terminateTransactionConnection());
            }
            return result;
        };
    }

    /** Ends the server process behind the transaction's connection and waits until it is gone. */
    private void terminateTransactionConnection() {
        int backendPid = jdbc.queryForObject("SELECT pg_backend_pid()", Integer.class);
        try (Connection admin = DriverManager.getConnection(url, MachinePostgres.USER, MachinePostgres.PASSWORD);
             PreparedStatement kill = admin.prepareStatement("SELECT pg_terminate_backend(?)");
             PreparedStatement alive = admin.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE pid = ?")) {
            kill.setInt(1, backendPid);
            kill.execute();
            alive.setInt(1, backendPid);
            Eventually.assertThat(() -> {
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
