package org.borderledger.consignment.api;

/** What a controlled-goods entry demands: BAN places an automatic hold, LICENCE sends to RED, MONITOR to YELLOW. */
public enum Measure {
    MONITOR(Channel.YELLOW), LICENCE(Channel.RED), BAN(Channel.RED);

    private final Channel channel;

    Measure(Channel channel) {
        this.channel = channel;
    }

    public Channel channel() {
        return channel;
    }
}
