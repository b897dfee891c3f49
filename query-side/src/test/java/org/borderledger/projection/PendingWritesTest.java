package org.borderledger.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

class PendingWritesTest {

    private final PendingWrites pending = new PendingWrites();
    private final List<String> built = new ArrayList<>();

    @Test
    void eachConsignmentsStatementsRunInOrderAndDifferentConsignmentsShareBatches() {
        EventMessage<?> a0 = event("a0");
        EventMessage<?> b0 = event("b0");
        EventMessage<?> a1 = event("a1");
        pending.add(write(a0, "A", "INSERT", "a0", false));
        pending.add(write(b0, "B", "INSERT", "b0", false));
        pending.add(write(a1, "A", "UPDATE", "a1-first", false));
        pending.add(write(a1, "A", "INSERT", "a1-second", false));

        assertThat(describe(pending.levels())).containsExactly(
                Map.of("INSERT", List.of("a0", "b0")),
                Map.of("UPDATE", List.of("a1-first")),
                Map.of("INSERT", List.of("a1-second")));
        assertThat(pending.byEvent()).extracting(writes -> writes.get(0).event().getIdentifier())
                .containsExactly(a0.getIdentifier(), b0.getIdentifier(), a1.getIdentifier());
    }

    @Test
    void onlyTheLastOfSupersedingWritesRunsAndBuildsItsParameters() {
        pending.add(write(event("a0"), "A", "UPSERT", "a0", true));
        pending.add(write(event("b0"), "B", "UPSERT", "b0", true));
        pending.add(write(event("a1"), "A", "UPSERT", "a1", true));

        assertThat(describe(pending.levels())).containsExactly(Map.of("UPSERT", List.of("b0", "a1")));
        assertThat(built).containsExactlyInAnyOrder("b0", "a1");
    }

    @Test
    void aBarrierRunsAloneBetweenTheWritesBeforeAndAfterItAndNoWriteSupersedesAcrossIt() {
        pending.add(write(event("a0"), "A", "UPSERT", "a0", true));
        pending.add(write(event("b0"), "B", "UPSERT", "b0", true));
        pending.add(barrier(event("p"), "P", "SEED", "p"));
        pending.add(write(event("a1"), "A", "UPSERT", "a1", true));
        pending.add(write(event("a2"), "A", "UPSERT", "a2", true));

        assertThat(describe(pending.levels())).containsExactly(
                Map.of("UPSERT", List.of("a0", "b0")),
                Map.of("SEED", List.of("p")),
                Map.of("UPSERT", List.of("a2")));
    }

    private PendingWrite write(EventMessage<?> event, String key, String sql, String parameter, boolean lastWins) {
        return new PendingWrite(event, key, sql, rows(parameter), lastWins, false);
    }

    private PendingWrite barrier(EventMessage<?> event, String key, String sql, String parameter) {
        return new PendingWrite(event, key, sql, rows(parameter), false, true);
    }

    private Supplier<List<Object[]>> rows(String parameter) {
        return () -> {
            built.add(parameter);
            return List.<Object[]>of(new Object[] {parameter});
        };
    }

    private static EventMessage<?> event(String payload) {
        return GenericEventMessage.asEventMessage(payload);
    }

    private static List<Map<String, List<Object>>> describe(List<Map<String, List<Object[]>>> levels) {
        return levels.stream().map(level -> level.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().stream().map(row -> row[0]).toList()))).toList();
    }
}
