package org.borderledger.projection.api;

/** Asks for the status of every projection's processor, answered with a list of {@link ProjectionStatus}. */
public record FetchProjectionStatusQuery() {
}
