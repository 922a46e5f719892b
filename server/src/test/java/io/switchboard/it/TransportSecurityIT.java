package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** HTTPS beside HTTP with a certificate made on first start, and the headers that go with it. */
class TransportSecurityIT {

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    @Test
    void httpsIsServedWithTheCertificateTheServerGeneratedOnFirstStart() throws Exception {
        X509Certificate certificate = Https.serverCertificate();
        assertEquals(
                certificate.getSubjectX500Principal(),
                certificate.getIssuerX500Principal(),
                "self-signed until a real one is put in");
        HttpResponse<String> login = Https.client()
                .send(
                        HttpRequest.newBuilder(URI.create(Https.BASE + "/login.xhtml"))
                                .build(),
                        ofString());
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("signIn"), login.body());
    }

    @Test
    void everyServerTheBuildMakesHasItsOwnRandomKeystorePassword() throws IOException {
        Path it = Https.serverDir();
        Path run = it.resolveSibling("switchboard");
        String itPassword = Https.keystorePassword(it);
        assertTrue(itPassword.length() >= 32, "a long random password");
        assertNotEquals(itPassword, Https.keystorePassword(run));
        Path config = Path.of(System.getProperty("switchboard.it.wlp"))
                .resolve("../../../src/main/liberty/config")
                .normalize();
        try (var files = Files.walk(config)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(
                        Files.readString(file).contains(itPassword),
                        "the committed configuration holds no keystore password: " + file);
            }
        }
    }

    @Test
    void hstsIsSentOverHttpsOnly() throws Exception {
        HttpResponse<String> secure = Https.client()
                .send(
                        HttpRequest.newBuilder(URI.create(Https.BASE + "/login.xhtml"))
                                .build(),
                        ofString());
        assertEquals(
                "max-age=31536000; includeSubDomains",
                secure.headers().firstValue("Strict-Transport-Security").orElse(""));
        HttpResponse<String> plain = plain().send(
                        HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml"))
                                .build(),
                        ofString());
        assertEquals(200, plain.statusCode());
        assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty(), "browsers ignore HSTS over HTTP");
    }

    @Test
    void behindATrustedProxyTheClientsHttpsCounts() throws Exception {
        // The IT server trusts 127.0.0.1 as its proxy (HTTP_TRUSTED_PROXIES).
        HttpResponse<String> proxied = plain().send(
                        HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml"))
                                .header("X-Forwarded-For", "203.0.113.40")
                                .header("X-Forwarded-Proto", "https")
                                .build(),
                        ofString());
        assertEquals(200, proxied.statusCode());
        assertEquals(
                "max-age=31536000; includeSubDomains",
                proxied.headers().firstValue("Strict-Transport-Security").orElse(""));
    }

    @Test
    void theSessionCookieIsSecureUnderHttpsAndStillWorksOverHttp() {
        PortalSession secure = PortalSession.overHttps();
        assertEquals(302, secure.signIn("agent", "switchboard").statusCode());
        assertTrue(sessionCookie(secure).getSecure(), "the session cookie of a sign-in over HTTPS is Secure");
        assertEquals(200, secure.get("/index.xhtml").statusCode(), "and it is the session the server knows");
        PortalSession plain = new PortalSession();
        assertEquals(302, plain.signIn("agent", "switchboard").statusCode());
        assertFalse(
                sessionCookie(plain).getSecure(),
                "over plain HTTP (a developer's localhost) it must not be, or no sign-in would last");
        assertEquals(200, plain.get("/index.xhtml").statusCode());
    }

    private static java.net.HttpCookie sessionCookie(PortalSession session) {
        return session.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .reduce((first, second) -> second)
                .orElseThrow();
    }

    @Test
    void pagesAndApiAnswersAreNeverStoredButPageResourcesAre() throws Exception {
        Api.Reply tickets = Api.as("agent").get("/api/v1/tickets");
        assertEquals(200, tickets.status());
        assertTrue(tickets.header("cache-control").startsWith("no-store"), tickets.header("cache-control"));
        Api.Reply me = Api.as("agent").get("/api/v1/me");
        assertTrue(me.header("cache-control").startsWith("no-store"), me.header("cache-control"));
        HttpResponse<String> login = plain().send(
                        HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml"))
                                .build(),
                        ofString());
        assertTrue(
                login.headers().firstValue("Cache-Control").orElse("").startsWith("no-store"),
                login.headers().toString());
        Matcher script =
                Pattern.compile("src=\"([^\"]*jakarta.faces.resource/[^\"]+)\"").matcher(login.body());
        assertTrue(script.find(), "the login page loads its scripts as page resources");
        HttpResponse<String> resource = plain().send(
                        HttpRequest.newBuilder(
                                        URI.create(Api.BASE + script.group(1).replace("&amp;", "&")))
                                .build(),
                        ofString());
        assertEquals(200, resource.statusCode());
        assertFalse(
                resource.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                "scripts and styles are the same for everyone and may be cached");
    }

    @Test
    void portalPagesCarryAContentSecurityPolicyWithAFreshScriptNonce() throws Exception {
        HttpResponse<String> first = plain().send(
                        HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml"))
                                .build(),
                        ofString());
        String policy = first.headers().allValues("Content-Security-Policy").stream()
                .filter(p -> p.contains("script-src"))
                .findFirst()
                .orElse("");
        assertTrue(policy.contains("default-src 'self'"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("form-action 'self'"), policy);
        String scripts = policy.substring(policy.indexOf("script-src"));
        assertFalse(scripts.contains("unsafe-inline"), "inline scripts run only with the nonce: " + policy);
        assertFalse(scripts.contains("unsafe-eval"), policy);
        Matcher nonce = NONCE.matcher(policy);
        assertTrue(nonce.find(), policy);
        assertTrue(first.body().contains("nonce=\"" + nonce.group(1) + "\""), "the page's own scripts carry it");
        HttpResponse<String> second = plain().send(
                        HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml"))
                                .build(),
                        ofString());
        Matcher again = NONCE.matcher(
                second.headers().allValues("Content-Security-Policy").toString());
        assertTrue(again.find());
        assertNotEquals(nonce.group(1), again.group(1), "a nonce is used once");
    }

    @Test
    void aPostbackWithoutItsPagesNonceIsAQuiet400() throws Exception {
        HttpClient http = plainBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> form = http.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml")).build(), ofString());
        String viewState =
                form.body().replaceAll("(?s).*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\".*", "$1");
        ServerLog log = ServerLog.mark();
        HttpResponse<String> post = http.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-For", "203.0.113.41")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "login_SUBMIT=1&signIn=&next=&username=nobody-csp&password=wrong&jakarta.faces.ViewState="
                                        + java.net.URLEncoder.encode(viewState, StandardCharsets.UTF_8)))
                        .build(),
                ofString());
        assertEquals(400, post.statusCode(), post.body());
        assertFalse(log.sinceMark().contains("CspException"), "no stack trace for it in the log");
    }

    @Test
    void metricsNeedTheAdminOrMetricsRole() throws Exception {
        assertEquals(401, metrics(null).statusCode());
        assertEquals(403, metrics("agent").statusCode());
        HttpResponse<String> admin = metrics("admin");
        assertEquals(200, admin.statusCode());
        assertTrue(admin.body().contains("jvm") || admin.body().contains("base_"), "Prometheus text with JVM metrics");
    }

    private static HttpResponse<String> metrics(String user) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(Https.BASE + "/metrics")).timeout(Duration.ofSeconds(60));
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":switchboard").getBytes(StandardCharsets.UTF_8)));
        }
        return Https.client().send(request.build(), ofString());
    }

    private static HttpClient plain() {
        return plainBuilder().build();
    }

    private static HttpClient.Builder plainBuilder() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10));
    }

    private static HttpResponse.BodyHandler<String> ofString() {
        return HttpResponse.BodyHandlers.ofString();
    }
}
