package org.borderledger.detail.api;

import java.time.Instant;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.ScreeningHit;

/** A possible re-export waiting for a supervisor, with the consignment it is on. */
public record OpenReexport(String consignmentId, String reference, String borderPost, Instant declaredAt,
                           ConsignmentStatus status, ScreeningHit.ReexportHit hit) {
}
