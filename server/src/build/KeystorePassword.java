import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Gives each server its own random keystore password once, before its first start, so the build
 * commits no default secret. Liberty then generates the server's TLS key and self-signed
 * certificate under that password (resources/security/key.p12) on first start. Run by the build
 * (exec-maven-plugin) as a single-file program: java KeystorePassword.java DIR...
 *
 * <p>Each DIR gets configDropins/defaults/keystore-password.xml, written only when missing: the
 * password must stay what the generated keystore was made with. KEYSTORE_PASSWORD in the
 * environment still overrides it (a defaultValue ranks below the environment).
 */
public final class KeystorePassword {

    private static final String FILE = "configDropins/defaults/keystore-password.xml";

    public static void main(String[] dirs) throws IOException {
        SecureRandom random = new SecureRandom();
        for (String dir : dirs) {
            Path file = Path.of(dir).resolve(FILE);
            if (Files.exists(file)) {
                continue;
            }
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.writeString(
                    partial,
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            + "<!-- Generated once by the build for this server only; never commit it. It opens"
                            + " resources/security/key.p12: delete both together or neither. -->\n"
                            + "<server>\n  <variable name=\"keystore.password\" defaultValue=\"" + password + "\"/>\n"
                            + "</server>\n");
            try {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own permissions have to do
            }
            Files.move(partial, file);
        }
    }
}
