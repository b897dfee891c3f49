package org.borderledger.consignment.api;

/**
 * The lane a consignment is sent to by screening: GREEN is released without a check, YELLOW needs
 * a document check, RED a physical inspection. Ordered from least to most control.
 */
public enum Channel {
    GREEN, YELLOW, RED;

    public Channel atLeast(Channel other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
