package io.switchboard.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The layers of the core, as DESIGN.md draws them: domain at the bottom, application above it
 * owning its ports, infrastructure implementing them. A class that breaks a rule fails the build.
 */
class LayeringTest {

    private static final JavaClasses CORE =
            new ClassFileImporter().importPath(java.nio.file.Path.of("target", "classes"));

    /**
     * Application classes that still reach into infrastructure or hold JPQL, from before the
     * ports: each is to move behind a port, and is taken off this list when it does (the last test
     * fails while a listed class no longer needs its place). Nothing may be added to it.
     */
    static final Set<String> NOT_YET_BEHIND_PORTS = Set.of();

    private static final String[] QUERY_API = {
        "jakarta.persistence.EntityManager",
        "jakarta.persistence.EntityManagerFactory",
        "jakarta.persistence.Query",
        "jakarta.persistence.TypedQuery",
        "jakarta.persistence.StoredProcedureQuery",
        "jakarta.persistence.criteria.."
    };

    @Test
    void theDomainDependsOnNothingAboveIt() {
        noClasses()
                .that()
                .resideInAPackage("io.switchboard.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.switchboard.application..",
                        "io.switchboard.infrastructure..",
                        "io.switchboard.interfaces..")
                .check(CORE);
    }

    @Test
    void theApplicationImportsNoInfrastructure() {
        applicationClassesBesidesTheListed()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.switchboard.infrastructure..")
                .because("the application owns its ports; infrastructure implements them")
                .check(CORE);
    }

    @Test
    void theApplicationHoldsNoQueriesOfItsOwn() {
        applicationClassesBesidesTheListed()
                .should()
                .dependOnClassesThat(describe("belong to the JPA query API", LayeringTest::isQueryApi))
                .because("queries live in repositories behind ports")
                .check(CORE);
    }

    @Test
    void theCoreNotificationModelIsItsOwn() {
        noClasses()
                .that()
                .resideInAnyPackage("io.switchboard.application..", "io.switchboard.infrastructure.outbox..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.switchboard.plugin.notify..")
                .because("the plugin API's notification records are translated at the plugin host's edge"
                        + " (infrastructure.plugin), so the core can change its own without breaking plugins")
                .check(CORE);
    }

    @Test
    void everyListedClassStillNeedsItsPlace() {
        Set<String> behindPorts = new TreeSet<>();
        for (String name : NOT_YET_BEHIND_PORTS) {
            JavaClass c = CORE.get(name);
            boolean reaches = c.getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("io.switchboard.infrastructure")
                            || isQueryApi(d.getTargetClass()));
            if (!reaches) {
                behindPorts.add(name);
            }
        }
        assertEquals(Set.of(), behindPorts, "behind ports now: take them off NOT_YET_BEHIND_PORTS");
    }

    private static GivenClassesConjunction applicationClassesBesidesTheListed() {
        return noClasses()
                .that()
                .resideInAPackage("io.switchboard.application..")
                .and(describe(
                        "are not listed in NOT_YET_BEHIND_PORTS",
                        (JavaClass c) -> !NOT_YET_BEHIND_PORTS.contains(
                                c.isNestedClass()
                                        ? c.getEnclosingClass().orElseThrow().getFullName()
                                        : c.getFullName())));
    }

    static boolean isQueryApi(JavaClass c) {
        String name = c.getFullName();
        for (String api : QUERY_API) {
            if (api.endsWith("..") ? name.startsWith(api.substring(0, api.length() - 1)) : name.equals(api)) {
                return true;
            }
        }
        return false;
    }
}
