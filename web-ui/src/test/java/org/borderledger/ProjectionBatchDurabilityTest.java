package org.borderledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.borderledger.projection.ProjectionWrites;

/**
 * A processor batch that writes projection rows commits with {@code synchronous_commit} off
 * ({@link ProjectionWrites}): fine for rows rebuilt from the store, never for events. A command sent
 * or an event published from an event handler would join that transaction, so no processing group
 * sends or publishes anything; work that must (the re-screening) runs on a thread of its own.
 */
@AnalyzeClasses(packages = "org.borderledger", importOptions = ModuleBoundariesTest.MainClassesOnly.class)
class ProjectionBatchDurabilityTest {

    @ArchTest
    static final ArchRule eventHandlersAppendNoEvents = noClasses()
            .that().areAnnotatedWith(ProcessingGroup.class)
            .should().dependOnClassesThat().areAssignableTo(CommandGateway.class)
            .orShould().dependOnClassesThat().areAssignableTo(CommandBus.class)
            .orShould().dependOnClassesThat().areAssignableTo(EventGateway.class)
            .orShould().dependOnClassesThat().areAssignableTo(EventBus.class)
            .because("their batches commit without waiting for the disk, and an event must never be appended so");
}
