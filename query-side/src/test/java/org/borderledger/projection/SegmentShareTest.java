package org.borderledger.projection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmentShareTest {

    @ParameterizedTest(name = "{0} of {1} segments claimed, {2} instances alive: release {3}")
    @CsvSource({
            // the first instance has all, a second joins: half goes
            "4, 4, 2, 2",
            // alone, or the others gone: it keeps everything it takes
            "4, 4, 1, 0",
            // no heartbeat counted yet (the database out of reach): nothing is released
            "4, 4, 0, 0",
            // an uneven split rounds up, so no segment is left without an instance
            "4, 4, 3, 2",
            "2, 4, 3, 0",
            "3, 5, 2, 0",
            "5, 5, 2, 2",
            // more instances than segments: one each at most
            "2, 4, 8, 1",
            // a processor on one segment is never released
            "1, 1, 2, 0",
            // under its share: nothing to release
            "1, 4, 2, 0",
            "0, 4, 2, 0"
    })
    void anInstanceKeepsTheSegmentsDividedOverTheLiveInstancesRoundedUp(int claimed, int segments, int instances,
                                                                       int released) {
        assertThat(SegmentShare.excess(claimed, segments, instances)).isEqualTo(released);
    }
}
