package org.borderledger.consignment.api;

import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.borderledger.actor.api.AllowedRoles;
import org.borderledger.actor.api.Role;

/**
 * An officer at {@code arrivalPost} (one of the officer's posts, whichever post the movement was declared
 * for) records the goods of a transit movement presented there: every declared seal with its condition,
 * the seal numbers found that were not declared, and the vehicle presented.
 */
@AllowedRoles({Role.OFFICER, Role.SUPERVISOR})
public record RecordTransitArrivalCommand(@TargetAggregateIdentifier String consignmentId, long expectedVersion,
                                          String arrivalPost, List<SealCheck> seals, List<String> otherSeals,
                                          String vehicleRegistration, String note) implements VersionedCommand {

    public RecordTransitArrivalCommand {
        consignmentId = ConsignmentIds.require(consignmentId);
        expectedVersion = ConsignmentIds.requireVersion(expectedVersion);
        arrivalPost = BorderPosts.require("arrivalPost", arrivalPost == null ? null : arrivalPost.strip());
        if (seals != null && seals.stream().anyMatch(Objects::isNull)) {
            throw InvalidValueException.required("seals", "Seal");
        }
        seals = seals == null ? List.of() : List.copyOf(seals);
        otherSeals = otherSeals == null ? List.of() : TransitDetails.sealNumbers("otherSeals", otherSeals);
        vehicleRegistration = new Transport(TransportMode.ROAD, vehicleRegistration, List.of()).vehicleRegistration();
        note = FreeText.optional("note", "Note", note, 1000);
    }
}
