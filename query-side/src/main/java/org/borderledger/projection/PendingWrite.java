package org.borderledger.projection;

import java.util.List;
import java.util.function.Supplier;
import org.axonframework.eventhandling.EventMessage;

/**
 * One statement a projection asked for while handling {@code event}: its rows of parameters are
 * built at flush, and only if it runs. A {@code lastWins} write gives way to a later one with the
 * same statement and key, so a document folded several times in a batch is written once. A
 * {@code barrier} runs alone, after every write queued before it and before every write queued
 * after it, whatever their keys.
 */
record PendingWrite(EventMessage<?> event, String key, String sql, Supplier<List<Object[]>> rows, boolean lastWins,
                    boolean barrier) {
}
