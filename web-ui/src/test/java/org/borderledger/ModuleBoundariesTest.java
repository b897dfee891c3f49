package org.borderledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundaries of DESIGN.md: the console talks to the gateways and the public message records,
 * never to the aggregate or projection internals; the query side reads events, never the aggregate.
 */
@AnalyzeClasses(packages = "org.borderledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule consoleUsesOnlyGatewaysAndMessages = noClasses()
            .that().resideInAPackage("org.borderledger.web..")
            .should().dependOnClassesThat().resideInAnyPackage("org.borderledger.consignment", "org.borderledger.audit",
                    "org.borderledger.summary", "org.borderledger.live")
            .because("the console sends commands and queries; it never reaches into the aggregate or the projections");

    @ArchTest
    static final ArchRule querySideNeverTouchesTheAggregate = noClasses()
            .that().resideInAnyPackage("org.borderledger.audit..", "org.borderledger.summary..", "org.borderledger.live..",
                    "org.borderledger.projection..")
            .should().dependOnClassesThat().resideInAnyPackage("org.borderledger.consignment", "org.borderledger.screening")
            .because("projections and audit queries are built from events alone");

    @ArchTest
    static final ArchRule messagesDependOnNothingBehindThem = noClasses()
            .that().resideInAPackage("org.borderledger.consignment.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.borderledger.consignment", "org.borderledger.screening",
                    "org.borderledger.audit", "org.borderledger.summary", "org.borderledger.web..")
            .because("commands and events are the public contract of the command side");
}
