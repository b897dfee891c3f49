package org.borderledger.consignment;

import static org.borderledger.consignment.ConsignmentFixture.ADMIN;
import static org.borderledger.consignment.ConsignmentFixture.AUDITOR;
import static org.borderledger.consignment.ConsignmentFixture.rejected;

import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.borderledger.actor.api.Actor;
import org.borderledger.consignment.ConsignmentFixture.Situation;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.consignment.api.VersionedCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Auditors read, administrators manage lists and users, the system only re-screens: none of them
 * acts on a consignment, whatever the command. (Officers and ReviewHold, and people and
 * RescreenConsignment, are in HoldTest and RescreenTest.)
 */
class RoleAuthorizationTest {

    private FixtureConfiguration<Consignment> fixture;

    @BeforeEach
    void setUp() {
        fixture = ConsignmentFixture.fixture();
    }

    static Stream<Arguments> everyCommandFromEveryoneWhoMustNotSendIt() {
        return Stream.of(AUDITOR, ADMIN, Actor.SYSTEM).flatMap(actor -> ConsignmentFixture.everyVersionedCommand()
                .map(command -> Arguments.of(actor, command)));
    }

    @ParameterizedTest(name = "{0} may not {1}")
    @MethodSource("everyCommandFromEveryoneWhoMustNotSendIt")
    void isRefusedOnTheCommandBus(Actor actor, LongFunction<VersionedCommand> command) {
        fixture.given(Situation.RED_HELD.history())
                .when(command.apply(Situation.RED_HELD.version()), actor.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.ROLE_NOT_ALLOWED));
    }

    @ParameterizedTest(name = "{0} without a sender")
    @MethodSource("org.borderledger.consignment.ConsignmentFixture#everyVersionedCommand")
    void aCommandThatDoesNotSayWhoSentItIsRefused(LongFunction<VersionedCommand> command) {
        fixture.given(Situation.RED_HELD.history())
                .when(command.apply(Situation.RED_HELD.version()), Map.of())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.NOT_AUTHENTICATED));
    }
}
