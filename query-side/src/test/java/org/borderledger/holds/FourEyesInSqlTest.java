package org.borderledger.holds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderledger.consignment.api.FourEyes;
import org.borderledger.holds.api.FetchHeldGoodsQuery;
import org.borderledger.holds.api.HeldGoods;
import org.borderledger.holds.api.HeldGoodsPage;
import org.borderledger.support.MigratedDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The held-goods queue decides in SQL who may decide a hold, row by row and in its count, by the rule the
 * aggregate enforces: for every hold and viewer it answers as {@link FourEyes} does, names that differ only
 * in case or a trailing space included.
 */
class FourEyesInSqlTest {

    private static final String POST = "Kurmangazy";
    private static final List<String> PLACED_BY = List.of("s.karimov", "s.bekova", "S.Karimov", "s.karimov ", "o.aliyev");

    private static HeldGoodsQueries queue;

    @BeforeAll
    static void holdsPlacedByDifferentPeople() {
        JdbcTemplate jdbc = MigratedDatabase.create();
        for (int i = 0; i < PLACED_BY.size(); i++) {
            jdbc.update("""
                    INSERT INTO consignment_hold (consignment_id, hold_id, reference, border_post, reason, text, automatic,
                        placed_by, placed_by_role, placed_at, open, version)
                    VALUES (?, 'H-1', ?, ?, 'DOCUMENTS', 'Why', FALSE, ?, 'SUPERVISOR', now(), TRUE, 1)""",
                    "CN-" + i, "EX-" + i, POST, PLACED_BY.get(i));
        }
        queue = new HeldGoodsQueries(jdbc);
    }

    @ParameterizedTest
    @ValueSource(strings = {"s.karimov", "S.Karimov", "s.bekova", "a.seitkali"})
    void theQueueAndTheAggregateAgreeOnWhoMayDecide(String viewer) {
        HeldGoodsPage page = queue.handle(new FetchHeldGoodsQuery(viewer, POST, null, null, null, false, 0, 50));

        assertThat(page.items()).hasSize(PLACED_BY.size()).allSatisfy(hold -> assertThat(hold.mayDecide())
                .as("%s deciding a hold placed by [%s]", viewer, hold.placedBy())
                .isEqualTo(FourEyes.mayDecide(viewer, hold.placedBy())));
        assertThat(page.mayDecide()).isEqualTo(page.items().stream().map(HeldGoods::placedBy)
                .filter(placedBy -> FourEyes.mayDecide(viewer, placedBy)).count());
    }
}
