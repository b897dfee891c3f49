package org.borderledger;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundaries of the architecture: the console talks to the gateways and the public message records
 * ({@code org.borderledger.<part>.api}), never to the aggregate or projection internals; only the
 * command side touches the aggregate. The rules name what is allowed, so a new projection package is
 * covered without being listed.
 */
@AnalyzeClasses(packages = "org.borderledger", importOptions = ModuleBoundariesTest.MainClassesOnly.class)
class ModuleBoundariesTest {

    /**
     * ArchUnit's own DoNotIncludeTests knows only {@code target/test-classes}; builds in another folder
     * ({@code -Dbuild.folder=...}) would have their tests checked as if they were the application, and so
     * would the other modules' test support, which comes as their test jars ({@code *-tests.jar}).
     */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/") && !location.contains("-tests.jar");
        }
    }

    /** Classes directly in a part's package, e.g. org.borderledger.summary, not org.borderledger.summary.api. */
    private static final String INTERNALS = "org.borderledger.*";

    @ArchTest
    static final ArchRule consoleUsesOnlyGatewaysAndMessages = noClasses()
            .that().resideInAPackage("org.borderledger.web..")
            .should().dependOnClassesThat(resideInAPackage(INTERNALS)
                    .and(not(resideInAnyPackage("org.borderledger.web..", "org.borderledger.actor", "org.borderledger.screening",
                            // Which failures are transient (the database out of reach), to answer "try again".
                            "org.borderledger.messaging",
                            // Operator actions on event processors (retry, evict, rebuild): not commands on consignments.
                            "org.borderledger.projection"))))
            .because("the console sends commands and queries; it never reaches into the aggregate or the projections");

    @ArchTest
    static final ArchRule onlyTheCommandSideTouchesTheAggregate = noClasses()
            .that().resideOutsideOfPackages("org.borderledger.consignment")
            .should().dependOnClassesThat().resideInAPackage("org.borderledger.consignment")
            .because("projections, audit queries and the console are built from events and messages alone");

    @ArchTest
    static final ArchRule onlyTheAggregateAndTheStatusPageUseTheScreening = noClasses()
            .that().resideOutsideOfPackages("org.borderledger.consignment", "org.borderledger.screening", "org.borderledger.web..")
            .should().dependOnClassesThat().resideInAPackage("org.borderledger.screening")
            .because("screening runs inside the aggregate's transaction; projections see only its events");

    @ArchTest
    static final ArchRule messagesDependOnNothingBehindThem = noClasses()
            .that().resideInAPackage("org.borderledger.consignment.api..")
            .should().dependOnClassesThat(resideInAPackage(INTERNALS).and(not(resideInAPackage("org.borderledger.actor"))))
            .because("commands and events are the public contract of the command side");
}
