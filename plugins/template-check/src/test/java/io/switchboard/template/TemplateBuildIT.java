package io.switchboard.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the template's build (run by the invoker just before) left behind: a loadable plugin jar, tests that ran. */
class TemplateBuildIT {

    private static final Path BUILD = Path.of(System.getProperty("template.build", "target/it/plugin-template"));
    private static final Path REPOSITORY = Path.of(System.getProperty("template.repository", "target/it-repo"));

    @Test
    void theTemplateBuildsAPluginJarWithItsManifestAndServiceFile() throws IOException {
        Path jar = BUILD.resolve("target/hello-notifier-1.0.0.jar");
        assertTrue(Files.isRegularFile(jar), "no jar at " + jar);
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes main = file.getManifest().getMainAttributes();
            assertEquals("hello-notifier", main.getValue("Plugin-Id"));
            assertEquals("1.0.0", main.getValue("Plugin-Version"));
            assertEquals("1.1", main.getValue("Plugin-Api-Version"));
            assertTrue(file.getEntry("META-INF/services/io.switchboard.plugin.notify.NotifierFactory") != null);
            assertTrue(file.getEntry("com/example/hello/HelloNotifierFactory.class") != null);
            assertTrue(
                    file.stream().noneMatch(e -> e.getName().startsWith("io/switchboard/")),
                    "the plugin API is provided by the server, never bundled");
        }
    }

    @Test
    void theTemplatesJUnit5ContractTestsRan() throws IOException {
        Path report = BUILD.resolve("target/surefire-reports/TEST-com.example.hello.HelloNotifierContractTest.xml");
        assertTrue(Files.isRegularFile(report), "the contract tests did not run: no " + report);
        String xml = Files.readString(report);
        assertFalse(xml.contains("tests=\"0\""), xml.substring(0, Math.min(400, xml.length())));
        assertTrue(xml.contains("failures=\"0\"") && xml.contains("errors=\"0\""), "the template's tests failed");
    }

    @Test
    void thePluginApiAndTheBomItResolvedStandAloneWithoutAParentPom() throws IOException {
        for (String artifact : new String[] {"plugin-api", "plugin-bom"}) {
            Path dir = REPOSITORY.resolve("io/switchboard/" + artifact + "/1.0.0-SNAPSHOT");
            try (Stream<Path> files = Files.list(dir)) {
                Path pom = files.filter(p -> p.toString().endsWith(".pom"))
                        .findFirst()
                        .orElseThrow();
                String text = Files.readString(pom);
                assertFalse(text.contains("<parent>"), artifact + " is installed flattened: " + pom);
                assertTrue(text.contains("<artifactId>" + artifact + "</artifactId>"), pom.toString());
            }
        }
    }
}
