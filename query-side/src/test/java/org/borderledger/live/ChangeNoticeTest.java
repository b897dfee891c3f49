package org.borderledger.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChangeNoticeTest {

    @Test
    void aBatchOfManyConsignmentsIsAnnouncedInPayloadsUnderPostgresLimitWithNoIdLost() {
        List<String> ids = IntStream.range(0, 2000).mapToObj(i -> "CN-ЖАРҚЫН-" + i).toList();

        List<String> payloads = ChangeNotice.payloads("consignment-summary", ids);

        assertThat(payloads).hasSizeGreaterThan(1).allSatisfy(payload ->
                assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isLessThan(8000));
        assertThat(payloads.stream().map(ChangeNotice::parse))
                .allSatisfy(notice -> assertThat(notice.processingGroup()).isEqualTo("consignment-summary"))
                .flatMap(ChangeNotice::consignmentIds).containsExactlyElementsOf(ids);
    }

    @Test
    void noChangeNoPayload() {
        assertThat(ChangeNotice.payloads("consignment-summary", List.of())).isEmpty();
    }
}
