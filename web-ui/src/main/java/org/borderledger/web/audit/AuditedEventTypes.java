package org.borderledger.web.audit;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.borderledger.consignment.api.ConsignmentEvent;
import org.borderledger.screening.api.ScreeningListPublishedEvent;

/**
 * Every kind of event the store holds, by the simple class name the event log filters on, in
 * lifecycle order: the auditor picks one by its readable name ({@code audit.event.<name>}).
 */
final class AuditedEventTypes {

    static final List<String> ALL = Stream.concat(Arrays.stream(ConsignmentEvent.class.getPermittedSubclasses()),
            Stream.of(ScreeningListPublishedEvent.class)).map(Class::getSimpleName).toList();

    private AuditedEventTypes() {
    }
}
