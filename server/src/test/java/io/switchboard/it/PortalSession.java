package io.switchboard.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A portal session over plain HTTP (or HTTPS): the login form posted like a browser would, cookies kept. */
final class PortalSession {

    private static final java.util.regex.Pattern NONCE =
            java.util.regex.Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private final String base;
    private final String forwardedFor;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    PortalSession() {
        this(null);
    }

    /** A session of a client at another address, as a trusted proxy would say (the IT server trusts 127.0.0.1). */
    PortalSession(String forwardedFor) {
        this(Api.BASE, HttpClient.newBuilder(), forwardedFor);
    }

    private PortalSession(String base, HttpClient.Builder client, String forwardedFor) {
        this.base = base;
        this.forwardedFor = forwardedFor;
        this.http = client.version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A session with another server of this build (at {@code base}), of a client at another address. */
    static PortalSession at(String base, String forwardedFor) {
        return new PortalSession(base, HttpClient.newBuilder(), forwardedFor);
    }

    /** A session over HTTPS, trusting the server's own certificate. */
    static PortalSession overHttps() {
        return new PortalSession(Https.BASE, Https.builder(), null);
    }

    /** The cookies this client keeps, as a browser would. */
    CookieManager cookies() {
        return cookies;
    }

    /**
     * The nonce of a page's Content-Security-Policy: PrimeFaces' script adds it to every form it
     * posts, and the server refuses a postback of that page without it.
     */
    static String nonce(String html) {
        java.util.regex.Matcher m = NONCE.matcher(html);
        return m.find() ? m.group(1) : "";
    }

    /** Posts the login form; the answer is 302 on success. */
    HttpResponse<String> signIn(String user, String password) {
        HttpResponse<String> form = get("/login.xhtml");
        String viewState =
                form.body().replaceAll("(?s).*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\".*", "$1");
        String body = "login_SUBMIT=1&signIn=&next=&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState, StandardCharsets.UTF_8) + "&primefaces.nonce="
                + URLEncoder.encode(nonce(form.body()), StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
