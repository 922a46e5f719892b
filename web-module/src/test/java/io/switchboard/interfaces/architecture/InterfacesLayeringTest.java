package io.switchboard.interfaces.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** REST resources and portal beans talk to the application's services and records, never to infrastructure. */
class InterfacesLayeringTest {

    private static final JavaClasses INTERFACES =
            new ClassFileImporter().importPath(java.nio.file.Path.of("target", "classes"));

    @Test
    void interfacesImportNoInfrastructure() {
        noClasses()
                .that()
                .resideInAPackage("io.switchboard.interfaces..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.switchboard.infrastructure..")
                .because("the channels reach the core through the application layer only")
                .check(INTERFACES);
    }
}
