package io.switchboard.infrastructure.outbound;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.security.KeyManagementException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * TLS for a connection made to a checked IP address on behalf of a host name: the handshake
 * sends the host name (SNI) and the JDK verifies the certificate against the host name, not the
 * address, so pinning the address costs nothing in certificate checking.
 */
final class PinnedTls {

    private PinnedTls() {}

    static SSLContext context(String hostName) {
        try {
            SSLContext base = SSLContext.getInstance("TLS");
            base.init(null, null, null);
            return new SSLContext(new Spi(base, hostName), base.getProvider(), base.getProtocol()) {};
        } catch (NoSuchAlgorithmException | KeyManagementException e) {
            throw new IllegalStateException("The JVM offers no default TLS context", e);
        }
    }

    private static final class Spi extends SSLContextSpi {
        private final SSLContext base;
        private final String hostName;

        Spi(SSLContext base, String hostName) {
            this.base = base;
            this.hostName = hostName;
        }

        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom random)
                throws KeyManagementException {
            base.init(km, tm, random);
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return new Factory(base.getSocketFactory(), hostName);
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return base.getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return engineCreateSSLEngine(hostName, 443);
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            SSLEngine engine = base.createSSLEngine(hostName, port);
            engine.setSSLParameters(parameters(engine.getSSLParameters(), hostName));
            return engine;
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return base.getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return base.getClientSessionContext();
        }
    }

    private static final class Factory extends SSLSocketFactory {
        private final SSLSocketFactory base;
        private final String hostName;

        Factory(SSLSocketFactory base, String hostName) {
            this.base = base;
            this.hostName = hostName;
        }

        @Override
        public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
            return pin(base.createSocket(socket, hostName, port, autoClose));
        }

        @Override
        public Socket createSocket() throws IOException {
            return pin(base.createSocket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return createSocket(new Socket(host, port), host, port, true);
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return createSocket(new Socket(host, port, localHost, localPort), host, port, true);
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return createSocket(new Socket(host, port), host.getHostAddress(), port, true);
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return createSocket(
                    new Socket(address, port, localAddress, localPort), address.getHostAddress(), port, true);
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return base.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return base.getSupportedCipherSuites();
        }

        private Socket pin(Socket socket) {
            if (socket instanceof SSLSocket ssl) {
                ssl.setSSLParameters(parameters(ssl.getSSLParameters(), hostName));
            }
            return socket;
        }
    }

    private static SSLParameters parameters(SSLParameters p, String hostName) {
        p.setEndpointIdentificationAlgorithm("HTTPS");
        if (!hostName.matches("[0-9.]+") && !hostName.contains(":")) {
            p.setServerNames(List.of(new SNIHostName(hostName)));
        }
        return p;
    }
}
