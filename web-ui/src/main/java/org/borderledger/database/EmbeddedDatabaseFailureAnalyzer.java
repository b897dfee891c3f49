package org.borderledger.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Puts the reason the embedded PostgreSQL did not start at the top of the start-up report, not in a stack trace. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseStartException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseStartException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Stop the other instance (or the leftover PostgreSQL), or give this one its own "
                        + "borderledger.embedded-db.data-directory, or use an external PostgreSQL for several instances.",
                cause);
    }
}
