package org.borderledger.projection;

/** How many of a processor's segments one instance keeps when the live instances share them. */
final class SegmentShare {

    private SegmentShare() {
    }

    /** At most this many each: the segments divided over the live instances, rounded up, so none is left over. */
    static int cap(int segments, int liveInstances) {
        int instances = Math.max(1, liveInstances);
        return (segments + instances - 1) / instances;
    }

    /** How many of its claimed segments an instance releases for another to take. */
    static int excess(int claimed, int segments, int liveInstances) {
        return Math.max(0, claimed - cap(segments, liveInstances));
    }
}
