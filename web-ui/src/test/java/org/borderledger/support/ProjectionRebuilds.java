package org.borderledger.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.axonframework.config.EventProcessingConfiguration;
import org.borderledger.projection.ProjectionRebuild;

/**
 * A test that starts a rebuild of every projection waits for its end, so that the tests after it, in the
 * same context, find their projections whole and may start rebuilds of their own.
 */
public final class ProjectionRebuilds {

    private ProjectionRebuilds() {
    }

    public static void awaitNoneUnderWay(ProjectionRebuild rebuild, EventProcessingConfiguration processing) {
        await().untilAsserted(() -> assertThat(processing.eventProcessors().keySet()).noneMatch(rebuild::isRebuilding));
    }
}
