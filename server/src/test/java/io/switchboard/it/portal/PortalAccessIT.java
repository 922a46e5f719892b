package io.switchboard.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.it.Api;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class PortalAccessIT {

    private static final Path WEBAPP = Path.of("..", "web-module", "src", "main", "webapp");

    @Test
    void anAgentGets403OnAnAdminPage() {
        try (Browser b = Browser.open()) {
            b.login("agent").go("/admin/workflow.xhtml");
            assertTrue(b.text(By.id("forbidden")).contains("403"));
            assertTrue(b.all(By.id("workflowForm")).isEmpty());
            assertTrue(b.all(By.linkText("Workflow")).isEmpty(), "the admin menu is not offered to an agent");
        }
        try (Browser b = Browser.open()) {
            b.login("admin").go("/admin/workflow.xhtml");
            assertFalse(b.all(By.id("workflowForm")).isEmpty());
        }
    }

    /** Every page of the portal, walked as nobody, an agent and an admin: each declares its roles. */
    @Test
    void everyPageDeclaresItsRoles() throws IOException, InterruptedException {
        List<String> pages;
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml")
                            && !p.toString().contains("WEB-INF")
                            && !p.toString().contains("resources"))
                    .map(p -> "/" + WEBAPP.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
        assertTrue(
                pages.containsAll(List.of(
                        "/index.xhtml", "/tickets.xhtml", "/admin/workflow.xhtml", "/admin/sla.xhtml", "/login.xhtml")),
                pages.toString());
        for (String page : pages) {
            boolean open = page.equals("/login.xhtml") || page.startsWith("/error/");
            int anonymous = status(page, null);
            assertEquals(open ? 200 : 302, anonymous, "anonymous " + page);
            int agent = status(page, "agent");
            boolean staffOnly = page.startsWith("/admin/") || page.startsWith("/manage/");
            assertEquals(open ? 200 : staffOnly ? 403 : 200, agent, "agent " + page);
            assertEquals(200, status(page, "admin"), "admin " + page);
        }
    }

    @Test
    void portalPagesRefuseToBeFramed() throws IOException, InterruptedException {
        HttpResponse<Void> login = client().send(
                        HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(
                login.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"),
                login.headers().toString());
    }

    /** The status a user gets for a page, signed in through the login form like a person. */
    private static int status(String page, String user) throws IOException, InterruptedException {
        HttpClient http = user == null ? client() : signedIn(user);
        return http.send(
                        HttpRequest.newBuilder(URI.create(Api.BASE + page)).build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private static HttpClient signedIn(String user) throws IOException, InterruptedException {
        HttpClient http = client();
        HttpResponse<String> form = http.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        String body = "login_SUBMIT=1&signIn=&next=&username=" + user + "&password=switchboard&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(viewState(form.body()), java.nio.charset.StandardCharsets.UTF_8)
                + nonce(form.body());
        HttpResponse<String> login = post(http, "/login.xhtml", body);
        assertEquals(302, login.statusCode(), "login as " + user);
        return http;
    }

    /** The page's script nonce, as PrimeFaces' script adds it to every postback (the server wants it back). */
    private static String nonce(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"")
                .matcher(html);
        return m.find()
                ? "&primefaces.nonce=" + java.net.URLEncoder.encode(m.group(1), java.nio.charset.StandardCharsets.UTF_8)
                : "";
    }

    private static String viewState(String html) {
        return html.replaceAll("(?s).*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\".*", "$1");
    }

    private static HttpResponse<String> post(HttpClient http, String path, String form)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPostbackWithoutTheRealViewStateChangesNothing() throws IOException, InterruptedException {
        long id = Fixtures.ticket("CSRF target " + Fixtures.token(), "low")
                .getJsonNumber("id")
                .longValue();
        HttpClient http = signedIn("agent");
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/tickets.xhtml?ticket=" + id))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("panelForm:tabs:addNote"), "the panel's note form is on the page");
        // What a forged cross-site form can send: everything but the view state the page holds.
        String forged = "panelForm_SUBMIT=1&panelForm%3Atabs%3AnoteKind=reply&panelForm%3Atabs%3AnoteText=forged+note"
                + "&panelForm%3Atabs%3AaddNote=&jakarta.faces.ViewState=";
        post(http, "/tickets.xhtml", forged + "guess");
        post(
                http,
                "/tickets.xhtml",
                forged
                        + java.net.URLEncoder.encode(
                                viewState(page.body()).substring(0, 8), java.nio.charset.StandardCharsets.UTF_8));
        Api.Reply comments = Fixtures.AGENT.get("/api/v1/tickets/" + id + "/comments");
        assertEquals(200, comments.status(), comments.text());
        assertEquals(0, comments.items().size(), comments.text());
        // The same post from the page itself, with its view state, does add the note: the test above is not vacuous.
        post(
                http,
                "/tickets.xhtml",
                forged
                        + java.net.URLEncoder.encode(viewState(page.body()), java.nio.charset.StandardCharsets.UTF_8)
                        + nonce(page.body()));
        assertEquals(
                1,
                Fixtures.AGENT
                        .get("/api/v1/tickets/" + id + "/comments")
                        .items()
                        .size());
    }
}
