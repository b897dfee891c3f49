package org.borderledger.consignment.api;

import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;

/**
 * The goods of a transit movement were presented at {@code arrivalPost}, which leads to
 * {@code arrivalCountry} ({@code null} for a sea port). {@code findings} is empty when everything matched
 * the departure; {@code late} when they came after the time limit. A finding holds the goods (a hold
 * event follows); none discharges the movement (a discharge event follows).
 */
@Revision("1")
public record TransitArrivalRecordedEvent(String consignmentId, String arrivalPost, CountryCode arrivalCountry,
                                          List<SealCheck> seals, List<String> otherSeals, String vehicleRegistration,
                                          Set<TransitFinding> findings, boolean late, String note,
                                          ConsignmentStatus status) implements ConsignmentEvent {
}
