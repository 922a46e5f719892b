package io.switchboard.incontainer;

import java.io.File;
import java.util.Comparator;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * A test WAR holding the core and every library of the built EAR, for tests that run inside the
 * server against the real beans.
 */
final class CoreDeployment {

    private static final String EAR = "../ear/target/switchboard.ear";
    private static final String LATER_VERSIONS = "/META-INF/versions";

    private CoreDeployment() {}

    static WebArchive war(String name, Class<?>... testClasses) {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(EAR));
        WebArchive war = ShrinkWrap.create(WebArchive.class, name)
                .addClasses(testClasses)
                .addAsWebInfResource(
                        new StringAsset(
                                "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" bean-discovery-mode=\"all\"/>"),
                        "beans.xml");
        war.addAsLibrary(ear.getAsType(JavaArchive.class, "switchboard-core.jar"));
        ear.getContent(path -> path.get().startsWith("/lib/") && path.get().endsWith(".jar"))
                .keySet()
                .forEach(path -> war.addAsLibrary(withoutLaterJavaVersions(ear.getAsType(JavaArchive.class, path))));
        return war;
    }

    /**
     * Drops a multi-release jar's classes for later Java versions (Lucene's for Java 19 and up).
     * Arquillian's Liberty container defines every class of the deployment in a loader of its own
     * to look for servlets, and one built against {@code java.lang.foreign} fails that with a
     * SecurityException on Java 17, which then refuses the deployment. Java 17 never loads them.
     */
    private static JavaArchive withoutLaterJavaVersions(JavaArchive jar) {
        // ShrinkWrap deletes one node at a time, children not included
        jar.getContent(path -> path.get().startsWith(LATER_VERSIONS)).keySet().stream()
                .sorted(Comparator.comparing((ArchivePath path) -> path.get().length())
                        .reversed())
                .forEach(jar::delete);
        return jar;
    }
}
