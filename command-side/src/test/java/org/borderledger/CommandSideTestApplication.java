package org.borderledger;

import org.borderledger.support.ModuleTestApplication;

/**
 * The command side as its tests assemble it: the aggregate and the screening on Axon with the JDBC event
 * store, and the Flyway migrations found on the class path; no web.
 */
@ModuleTestApplication
public class CommandSideTestApplication {
}
