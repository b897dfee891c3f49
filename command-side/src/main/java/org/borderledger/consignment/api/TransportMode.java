package org.borderledger.consignment.api;

/** Mode of transport at the border (UN/ECE Recommendation 19 groups). */
public enum TransportMode {
    ROAD, RAIL, AIR, SEA, POSTAL, PIPELINE
}
