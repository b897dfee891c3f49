package org.borderledger.screening;

import java.util.Map;
import org.borderledger.consignment.api.ConsignmentRejectedException;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.screening.api.UnreadableEvent;

/**
 * Screening refused because a publication of the lists cannot be read: screening against the version
 * before it would silently use an outdated list, so nothing is screened until the event is repaired.
 */
public class ScreeningListsUnreadableException extends ConsignmentRejectedException {

    ScreeningListsUnreadableException(UnreadableEvent event) {
        super(RejectionCode.SCREENING_LISTS_UNREADABLE, "The screening lists cannot be read (register event "
                        + event.sequenceNumber() + ", global index " + event.globalIndex() + "), so nothing can be"
                        + " screened against the lists in force; nothing was changed. An administrator must repair"
                        + " the stored event (see the recovery guide).",
                Map.of("globalIndex", Long.toString(event.globalIndex()), "sequenceNumber",
                        Long.toString(event.sequenceNumber()), "eventIdentifier", event.eventIdentifier()));
    }
}
