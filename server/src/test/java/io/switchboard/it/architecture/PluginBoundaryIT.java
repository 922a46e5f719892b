package io.switchboard.it.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every plugin of the tree, as compiled, sees only the SPI (io.switchboard.plugin..) of the core:
 * a plugin reaching into domain, application, infrastructure or interfaces would break on the
 * next release and bypass the host's containment. Run after the plugins are built (an IT here
 * because the server module comes last in the reactor; it needs no server).
 */
class PluginBoundaryIT {

    private static final Path PLUGINS = Path.of("..", "plugins");

    /**
     * The SPI itself, its frozen 1.0, the BOM, the emulators (test servers, not plugins), and the plugin
     * template with its check (built outside the reactor, as an author would, by template-check).
     */
    private static final java.util.Set<String> NOT_PLUGINS = java.util.Set.of(
            "plugin-api",
            "plugin-api-1.0",
            "plugin-bom",
            "plugin-template",
            "template-check",
            "psa-emulators",
            "target");

    static Stream<String> plugins() throws java.io.IOException {
        try (Stream<Path> dirs = Files.list(PLUGINS)) {
            return dirs
                    .filter(d -> Files.isDirectory(d.resolve("src/main/java")))
                    .map(d -> d.getFileName().toString())
                    .filter(name -> !NOT_PLUGINS.contains(name))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("plugins")
    void aPluginDependsOnlyOnTheSpi(String plugin) {
        Path classes = PLUGINS.resolve(plugin).resolve("target/classes");
        JavaClasses compiled = new ClassFileImporter().importPath(classes);
        assertFalse(compiled.isEmpty(), plugin + " has no compiled classes under " + classes);
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.switchboard.domain..",
                        "io.switchboard.application..",
                        "io.switchboard.infrastructure..",
                        "io.switchboard.interfaces..")
                .because("plugins see only the SPI")
                .check(compiled);
    }
}
