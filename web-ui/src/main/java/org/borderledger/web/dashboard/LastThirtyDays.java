package org.borderledger.web.dashboard;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.statistics.api.FetchStatisticsQuery;
import org.borderledger.statistics.api.HoldsByReason;
import org.borderledger.statistics.api.ReleaseTimes;
import org.borderledger.statistics.api.Statistics;

/**
 * The dashboard's statistics: the consignments declared in the last 30 UTC days (today included) by
 * their status and channel now, the holds placed by reason, the time to release, and the chart.
 */
public record LastThirtyDays(String borderPost, LocalDate first, LocalDate last, long declared,
                             Map<ConsignmentStatus, Long> byStatus, Map<Channel, Long> byChannel,
                             List<HoldsByReason> holds, ReleaseTimes releaseTimes, DeclaredPerDayChart chart) {

    static final int DAYS = 30;

    /** The query for the 30 days up to and including {@code today}, at one post or (null) all of them. */
    static FetchStatisticsQuery query(String borderPost, LocalDate today) {
        return new FetchStatisticsQuery(borderPost, today.minusDays(DAYS - 1L).atStartOfDay(ZoneOffset.UTC).toInstant(),
                today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    static LastThirtyDays of(Statistics statistics, LocalDate today) {
        Map<ConsignmentStatus, Long> byStatus = new EnumMap<>(ConsignmentStatus.class);
        Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
        long declared = 0;
        for (var day : statistics.declared()) {
            declared += day.declared();
            day.byStatus().forEach((status, count) -> byStatus.merge(status, count, Long::sum));
            day.byChannel().forEach((channel, count) -> byChannel.merge(channel, count, Long::sum));
        }
        LocalDate first = today.minusDays(DAYS - 1L);
        return new LastThirtyDays(statistics.range().borderPost(), first, today, declared, byStatus, byChannel,
                statistics.holds(), statistics.releaseTimes(),
                DeclaredPerDayChart.of(first, today, statistics.declared()));
    }
}
