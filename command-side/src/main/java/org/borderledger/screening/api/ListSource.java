package org.borderledger.screening.api;

/**
 * A list as its publisher releases it. Publishing a source replaces every entry of that source in
 * the version in force and leaves the other sources as they were.
 */
public enum ListSource {
    /** US Treasury OFAC SDN, legacy CSV: {@code sdn.csv}, {@code alt.csv}, {@code add.csv}. */
    US_SDN,
    /** EU Financial Sanctions Files, XML. */
    EU_FSF,
    /** The project's own CSV of controlled-goods measures. */
    GOODS_MEASURES
}
