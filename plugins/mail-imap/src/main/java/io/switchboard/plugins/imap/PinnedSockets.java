package io.switchboard.plugins.imap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.SocketFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Sockets to the one address the outbound guard checked, whatever name Jakarta Mail asks for,
 * so a DNS answer that changes after the check cannot redirect the connection; and TLS over
 * them that sends the configured host name (SNI) and verifies the certificate against that
 * name, never against the address.
 */
final class PinnedSockets {

    private PinnedSockets() {}

    /** Plain sockets that connect to {@code address} only. */
    static SocketFactory plain(InetAddress address) {
        return new SocketFactory() {
            @Override
            public Socket createSocket() {
                return new PinnedSocket(address);
            }

            @Override
            public Socket createSocket(String host, int port) throws IOException {
                return connected(port);
            }

            @Override
            public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
                return connected(port);
            }

            @Override
            public Socket createSocket(InetAddress host, int port) throws IOException {
                return connected(port);
            }

            @Override
            public Socket createSocket(InetAddress host, int port, InetAddress localAddress, int localPort)
                    throws IOException {
                return connected(port);
            }

            private Socket connected(int port) throws IOException {
                Socket s = new Socket();
                s.connect(new InetSocketAddress(address, port));
                return s;
            }
        };
    }

    /** TLS for {@code hostName} over pinned sockets, trusting the JDK's CAs and, when given, one more certificate. */
    static SSLSocketFactory tls(InetAddress address, String hostName, String trustedPem)
            throws GeneralSecurityException, IOException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trustedPem == null || trustedPem.isBlank() ? null : trusting(trustedPem), null);
        return new HostTls(context.getSocketFactory(), plain(address), hostName);
    }

    private static javax.net.ssl.TrustManager[] trusting(String pem) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        TrustManagerFactory jdk = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        jdk.init((KeyStore) null);
        int n = 0;
        for (javax.net.ssl.TrustManager tm : jdk.getTrustManagers()) {
            if (tm instanceof X509TrustManager x) {
                for (X509Certificate ca : x.getAcceptedIssuers()) {
                    store.setCertificateEntry("jdk-" + n++, ca);
                }
            }
        }
        CertificateFactory cf = CertificateFactory.getInstance("X.509");
        for (var cert : cf.generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))) {
            store.setCertificateEntry("configured-" + n++, cert);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        return tmf.getTrustManagers();
    }

    /** A socket whose connect goes to the pinned address, on the port asked for. */
    private static final class PinnedSocket extends Socket {
        private final InetAddress address;

        PinnedSocket(InetAddress address) {
            this.address = address;
        }

        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            int port = endpoint instanceof InetSocketAddress isa ? isa.getPort() : 0;
            super.connect(new InetSocketAddress(address, port), timeout);
        }
    }

    /** Layers TLS for the configured host name over a pinned socket; the JDK checks the certificate's name. */
    private static final class HostTls extends SSLSocketFactory {
        private final SSLSocketFactory delegate;
        private final SocketFactory plain;
        private final String hostName;

        HostTls(SSLSocketFactory delegate, SocketFactory plain, String hostName) {
            this.delegate = delegate;
            this.plain = plain;
            this.hostName = hostName;
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return delegate.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return delegate.getSupportedCipherSuites();
        }

        @Override
        public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
            SSLSocket tls = (SSLSocket) delegate.createSocket(s, hostName, port, autoClose);
            SSLParameters p = tls.getSSLParameters();
            p.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the host
            p.setServerNames(List.of(new SNIHostName(hostName)));
            tls.setSSLParameters(p);
            tls.startHandshake();
            if (!hostName.equalsIgnoreCase(tls.getSession().getPeerHost())) {
                tls.close();
                throw new IOException("the TLS session was not made for " + hostName);
            }
            return tls;
        }

        /** Unconnected and plain: Jakarta Mail connects it (to the pinned address), then layers TLS with the method above. */
        @Override
        public Socket createSocket() throws IOException {
            return plain.createSocket();
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return createSocket(plain.createSocket(host, port), host, port, true);
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return createSocket(host, port);
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return createSocket(hostName, port);
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return createSocket(hostName, port);
        }
    }
}
