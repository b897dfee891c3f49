package org.borderledger.support;

import org.springframework.boot.test.util.TestPropertyValues;

/**
 * A fresh database for a test context of the console. The tests' database is an external one to the
 * application, which is a real deployment unless told otherwise: the tests sign in as the demo users.
 */
public class FreshConsoleDatabase extends FreshQuerySideDatabase {

    @Override
    protected TestPropertyValues settings() {
        return super.settings().and("borderledger.security.allow-demo-users=true");
    }
}
