package org.borderledger.holds;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.borderledger.consignment.api.FourEyes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The held-goods queue decides in SQL who may decide a hold, by the rule the aggregate enforces: the
 * queue's condition, over a row of the column's own type on the machine's PostgreSQL, answers as
 * {@link FourEyes} does.
 */
class FourEyesInSqlTest {

    private static final String URL = System.getenv().getOrDefault(
            "BORDERLEDGER_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");

    @ParameterizedTest(name = "placed by [{0}], viewed by [{1}]")
    @CsvSource(delimiter = '|', value = {
            "s.karimov | s.karimov",
            "s.karimov | s.bekova",
            "s.karimov | S.Karimov",
            "'s.karimov ' | s.karimov",
            "o.aliyev | o.aliyev."})
    void theQueueAndTheAggregateAgreeOnWhoMayDecide(String placedBy, String viewer) throws SQLException {
        try (Connection database = DriverManager.getConnection(URL,
                     System.getenv().getOrDefault("BORDERLEDGER_TEST_DB_USER", "postgres"),
                     System.getenv().getOrDefault("BORDERLEDGER_TEST_DB_PASSWORD", ""));
             PreparedStatement statement = database.prepareStatement("SELECT " + HeldGoodsQueries.VIEWER_MAY_DECIDE
                     + " FROM (VALUES (CAST(? AS VARCHAR(64)))) AS consignment_hold (placed_by)")) {
            statement.setString(1, viewer);
            statement.setString(2, placedBy);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getBoolean(1)).isEqualTo(FourEyes.mayDecide(viewer, placedBy));
            }
        }
    }
}
