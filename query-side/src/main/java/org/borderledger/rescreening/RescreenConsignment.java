package org.borderledger.rescreening;

import java.util.List;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.ConsignmentEvent;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.DeclarationAmendedEvent;

/**
 * A consignment as the re-screening process keeps it (a row of {@code rescreen_consignment}): whether
 * it is open, and what its last screening was against and found. {@code version} is the sequence
 * number of its last event applied.
 */
record RescreenConsignment(String consignmentId, String reference, String borderPost, boolean open,
                           String listVersion, String channel, List<String> hitKeys, long version) {

    static RescreenConsignment declared(ConsignmentDeclaredEvent event, long version) {
        return new RescreenConsignment(event.consignmentId(), event.declaration().reference(),
                event.declaration().borderPost(), true, null, null, List.of(), version);
    }

    /** After one more event of the consignment. */
    RescreenConsignment after(ConsignmentEvent event, long sequence) {
        if (event instanceof DeclarationAmendedEvent amended) {
            return new RescreenConsignment(consignmentId, amended.declaration().reference(),
                    amended.declaration().borderPost(), open, listVersion, channel, hitKeys, sequence);
        }
        if (event instanceof ConsignmentScreenedEvent screened) {
            return new RescreenConsignment(consignmentId, reference, borderPost, !screened.status().isTerminal(),
                    screened.listVersion(), screened.channel().name(), HitKeys.of(screened.hits()), sequence);
        }
        return new RescreenConsignment(consignmentId, reference, borderPost, !event.status().isTerminal(),
                listVersion, channel, hitKeys, sequence);
    }
}
