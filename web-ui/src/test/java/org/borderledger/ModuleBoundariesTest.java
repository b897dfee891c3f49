package org.borderledger;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.modules.syntax.AllowedModuleDependencies.allow;
import static com.tngtech.archunit.library.modules.syntax.ModuleDependencyScope.consideringOnlyDependenciesBetweenModules;
import static com.tngtech.archunit.library.modules.syntax.ModuleRuleDefinition.modules;

import com.tngtech.archunit.base.DescribedFunction;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.modules.ArchModule;
import com.tngtech.archunit.library.modules.syntax.DescriptorFunction;
import com.tngtech.archunit.library.modules.syntax.GivenModules;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The boundaries of the architecture, as rules on the Maven modules and the packages. The command side
 * decides and knows no reader; the query side reads its events; the console sends commands and queries.
 * Each module publishes what others may use in its {@code *.api} packages (messages, value objects,
 * queries and the policies of the domain), and nothing it publishes leads to what it keeps. No package
 * depends on itself through others. There are no exceptions.
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

    static final String COMMAND_SIDE = "command-side";
    static final String QUERY_SIDE = "query-side";
    static final String WEB_UI = "web-ui";
    static final String PUBLISHED = "org.borderledger..api..";

    /** A module's classes come from its build folder, or from its jar, both named after the module. */
    private static final Pattern MODULE_IN_PATH = Pattern.compile("/(" + COMMAND_SIDE + "|" + QUERY_SIDE + "|" + WEB_UI + ")[/-]");

    private static final DescribedFunction<JavaClass, ArchModule.Identifier> MAVEN_MODULE =
            DescribedFunction.describe("the Maven module it is built in", javaClass -> mavenModule(javaClass)
                    .map(ArchModule.Identifier::from).orElseGet(ArchModule.Identifier::ignore));

    private static Optional<String> mavenModule(JavaClass javaClass) {
        return javaClass.getSource().flatMap(source -> {
            Matcher module = MODULE_IN_PATH.matcher(source.getUri().toString());
            String last = null;
            while (module.find()) {
                last = module.group(1);
            }
            return Optional.ofNullable(last);
        });
    }

    private static GivenModules<ArchModule.Descriptor> mavenModules() {
        return modules().definedBy(MAVEN_MODULE).derivingModule(DescriptorFunction.describe("named as in Maven",
                (identifier, classes) -> ArchModule.Descriptor.create(identifier.getPart(1))));
    }

    private static DescribedPredicate<JavaClass> builtIn(String... modules) {
        return DescribedPredicate.describe("built in " + String.join(" or ", modules),
                javaClass -> mavenModule(javaClass).filter(List.of(modules)::contains).isPresent());
    }

    @ArchTest
    static final ArchRule modulesDependOnlyOnTheModulesBeneathThem = mavenModules()
            .should().respectTheirAllowedDependencies(allow()
                            .fromModule(WEB_UI).toModules(QUERY_SIDE, COMMAND_SIDE)
                            .fromModule(QUERY_SIDE).toModules(COMMAND_SIDE),
                    consideringOnlyDependenciesBetweenModules())
            .because("the command side decides and knows no reader, the query side reads its events, the console uses both");

    @ArchTest
    static final ArchRule modulesUseEachOtherOnlyThroughWhatTheyPublish = mavenModules()
            .should().onlyDependOnEachOtherThroughClassesThat(resideInAPackage(PUBLISHED))
            .because("a module's internals (aggregates, projections, services) may change without telling the others");

    @ArchTest
    static final ArchRule whatIsPublishedDependsOnlyOnWhatIsPublished = classes()
            .that(builtIn(COMMAND_SIDE, QUERY_SIDE)).and().resideInAPackage(PUBLISHED)
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.borderledger..").or(resideInAPackage(PUBLISHED)))
            .because("a published type that named an internal one would publish it too");

    @ArchTest
    static final ArchRule noPackageDependsOnItselfThroughOthers = slices().matching("org.borderledger.(**)")
            .should().beFreeOfCycles();
}
