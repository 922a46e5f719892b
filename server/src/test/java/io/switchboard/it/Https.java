package io.switchboard.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The IT server over HTTPS, trusting exactly the certificate the server generated for itself on
 * first start (read from its keystore with the password the build gave it), nothing else.
 */
public final class Https {

    public static final String BASE = System.getProperty("switchboard.https.url", "https://localhost:9444");

    private static final Pattern PASSWORD = Pattern.compile("name=\"keystore.password\" defaultValue=\"([^\"]+)\"");

    private Https() {}

    public static Path serverDir() {
        return Path.of(
                System.getProperty("switchboard.it.wlp"),
                "usr",
                "servers",
                System.getProperty("switchboard.it.server"));
    }

    public static Path passwordFile(Path serverDir) {
        return serverDir.resolve("configDropins/defaults/keystore-password.xml");
    }

    public static String keystorePassword(Path serverDir) {
        try {
            Matcher m = PASSWORD.matcher(Files.readString(passwordFile(serverDir)));
            if (!m.find()) {
                throw new IllegalStateException("no keystore.password in " + passwordFile(serverDir));
            }
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The certificate in the server's generated keystore. */
    public static X509Certificate serverCertificate() {
        Path dir = serverDir();
        char[] password = keystorePassword(dir).toCharArray();
        try (InputStream in = Files.newInputStream(dir.resolve("resources/security/key.p12"))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String alias = store.aliases().nextElement();
            return (X509Certificate) store.getCertificate(alias);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static HttpClient client() {
        return builder().build();
    }

    public static HttpClient.Builder builder() {
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {new ExactlyThis(serverCertificate())}, null);
            return HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .sslContext(tls);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Trusts one certificate, whatever host name it was made for (the test calls it localhost). */
    private static final class ExactlyThis extends X509ExtendedTrustManager {

        private final X509Certificate expected;

        ExactlyThis(X509Certificate expected) {
            this.expected = expected;
        }

        private void check(X509Certificate[] chain) throws CertificateException {
            if (chain == null || chain.length == 0 || !chain[0].equals(expected)) {
                throw new CertificateException("not the certificate the server generated");
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            check(chain);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("client side only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            throw new CertificateException("client side only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            throw new CertificateException("client side only");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[] {expected};
        }
    }
}
