package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Staff sign in with their directory accounts: a real LDAP directory (UnboundID's, in memory) and
 * a server of this build configured for it by server variables only (REGISTRY=ldap, the ldap.* and
 * switchboard.roles.*-groups variables in server/pom.xml). Groups give roles; a change in the
 * directory counts at the next request.
 */
class DirectorySignOnIT {

    private static final String BASE_DN = "dc=switchboard,dc=test";
    private static final String PEOPLE = "ou=people," + BASE_DN;
    private static final String GROUPS = "ou=groups," + BASE_DN;
    private static final String AGENTS = "cn=Service Desk," + GROUPS;
    private static final String LEADS = "cn=Desk Leads," + GROUPS;
    private static final String ADMINS = "cn=IT Admins," + GROUPS;
    private static final String PRINTERS = "cn=Printers," + GROUPS;
    private static final String BASE = System.getProperty("switchboard.ldap-it.url", "http://localhost:9183");
    private static final int PORT = Integer.getInteger("switchboard.it.ldap-port", 9390);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static InMemoryDirectoryServer directory;
    private static ServerProcess server;

    @BeforeAll
    static void startDirectoryThenServer() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
        config.addAdditionalBindCredentials("cn=Directory Manager", "directory-manager-secret");
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getByName("127.0.0.1"), PORT, null));
        directory = new InMemoryDirectoryServer(config);
        directory.add("dn: " + BASE_DN, "objectClass: top", "objectClass: domain", "dc: switchboard");
        directory.add("dn: " + PEOPLE, "objectClass: top", "objectClass: organizationalUnit", "ou: people");
        directory.add("dn: " + GROUPS, "objectClass: top", "objectClass: organizationalUnit", "ou: groups");
        person("dana", "Dana Directory");
        person("lee", "Lee Lead");
        person("ari", "Ari Admin");
        person("kim", "Kim Kept");
        person("max", "Max Moved");
        person("rob", "Rob Removed");
        person("sam", "Sam Someone");
        person("wren", "Wren Wrong");
        group(AGENTS, "dana", "kim", "max", "rob", "wren");
        group(LEADS, "lee");
        group(ADMINS, "ari", "kim");
        group(PRINTERS, "sam");
        directory.startListening();
        server = new ServerProcess(
                ServerProcess.WLP, System.getProperty("switchboard.it.ldap-server", "switchboard-ldap-it"), BASE);
        server.start("--clean");
        Registry.await(() -> isUp(), "the LDAP-backed server serves a directory admin", ServerProcess.RESTART_WAIT);
    }

    @AfterAll
    static void stopServerThenDirectory() throws Exception {
        if (server != null) {
            server.stop();
        }
        if (directory != null) {
            directory.shutDown(true);
        }
    }

    @Test
    void directoryGroupsGiveTheRolesTheConfigurationNames() {
        assertEquals(List.of("agent"), roles("dana"), "Service Desk, by its name: agent");
        assertEquals(List.of("agent", "supervisor"), roles("lee"), "Desk Leads, by its DN: supervisor");
        assertEquals(List.of("agent", "supervisor", "admin"), roles("ari"), "IT Admins: admin");
        assertEquals(200, call("ari", "GET", "/api/v1/plugins/instances").statusCode());
        assertEquals(403, call("dana", "GET", "/api/v1/plugins/instances").statusCode());
        HttpResponse<String> noRole = call("sam", "GET", "/api/v1/me");
        assertEquals(403, noRole.statusCode(), "a directory user in no mapped group is no staff: " + noRole.body());
    }

    @Test
    void theFirstSignInMakesAnAgentRecord() {
        JsonObject agent = json(call("lee", "GET", "/api/v1/me")).getJsonObject("agent");
        assertEquals("lee", agent.getString("username"));
        assertEquals("lee", agent.getString("name"), "named by the login until an admin renames it");
        assertTrue(agent.getBoolean("active"));
        long id = agent.getJsonNumber("id").longValue();

        PortalSession again = PortalSession.at(BASE, someAddress());
        assertEquals(302, again.signIn("lee", password("lee")).statusCode());
        assertEquals(
                id,
                json(call("lee", "GET", "/api/v1/me"))
                        .getJsonObject("agent")
                        .getJsonNumber("id")
                        .longValue(),
                "a later sign-in keeps the same record");
    }

    @Test
    void thePortalSignsInDirectoryUsersWithTheirRoles() {
        PortalSession dana = PortalSession.at(BASE, someAddress());
        assertEquals(302, dana.signIn("dana", password("dana")).statusCode());
        assertEquals(200, dana.get("/tickets.xhtml").statusCode());
        assertEquals(403, dana.get("/admin/agents.xhtml").statusCode(), "an agent is no admin");

        PortalSession ari = PortalSession.at(BASE, someAddress());
        assertEquals(302, ari.signIn("ari", password("ari")).statusCode());
        assertEquals(200, ari.get("/admin/agents.xhtml").statusCode());
    }

    @Test
    void aGroupRemovedInTheDirectoryCountsAtTheNextRequest() throws Exception {
        PortalSession portal = PortalSession.at(BASE, someAddress());
        assertEquals(302, portal.signIn("kim", password("kim")).statusCode());
        assertEquals(200, portal.get("/admin/agents.xhtml").statusCode());
        assertEquals(200, call("kim", "GET", "/api/v1/plugins/instances").statusCode());

        directory.modify(ADMINS, new Modification(ModificationType.DELETE, "member", "uid=kim," + PEOPLE));

        // The same Basic credentials (remembered as right for a minute) and the same portal session: no sign-in.
        assertEquals(403, call("kim", "GET", "/api/v1/plugins/instances").statusCode());
        assertEquals(List.of("agent"), roles("kim"));
        assertEquals(403, portal.get("/admin/agents.xhtml").statusCode());
        assertEquals(200, portal.get("/tickets.xhtml").statusCode(), "still in Service Desk");
    }

    @Test
    void aWrongDirectoryPasswordIsRefusedWithAProblem() {
        HttpResponse<String> refused = call("wren", "not-" + password("wren"), "GET", "/api/v1/me");
        assertEquals(401, refused.statusCode());
        assertEquals(
                "application/problem+json",
                refused.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(401, json(refused).getInt("status"));
        assertEquals(200, call("wren", "GET", "/api/v1/me").statusCode(), "the right one still signs in");
    }

    @Test
    void aDisabledOrRemovedDirectoryUserIsRefusedAtTheNextRequest() throws Exception {
        PortalSession portal = PortalSession.at(BASE, someAddress());
        assertEquals(302, portal.signIn("max", password("max")).statusCode());
        assertEquals(200, call("max", "GET", "/api/v1/me").statusCode());
        assertEquals(200, call("rob", "GET", "/api/v1/me").statusCode());

        // Disabled: the configured user filter no longer finds the account.
        directory.modify("uid=max," + PEOPLE, new Modification(ModificationType.ADD, "employeeType", "disabled"));
        directory.delete("uid=rob," + PEOPLE);

        assertEquals(401, call("max", "GET", "/api/v1/me").statusCode());
        assertEquals(401, call("rob", "GET", "/api/v1/me").statusCode());
        HttpResponse<String> page = portal.get("/tickets.xhtml");
        assertEquals(302, page.statusCode(), "the portal session ends: " + page.body());
        assertTrue(page.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        assertNotEquals(
                302,
                PortalSession.at(BASE, someAddress())
                        .signIn("max", password("max"))
                        .statusCode(),
                "a disabled account gets no portal session");
    }

    private static void person(String uid, String displayName) throws Exception {
        directory.add(
                "dn: uid=" + uid + "," + PEOPLE,
                "objectClass: top",
                "objectClass: person",
                "objectClass: organizationalPerson",
                "objectClass: inetOrgPerson",
                "uid: " + uid,
                "cn: " + displayName,
                "sn: " + displayName.substring(displayName.indexOf(' ') + 1),
                "displayName: " + displayName,
                "userPassword: " + password(uid));
    }

    private static void group(String dn, String... uids) throws Exception {
        String[] lines = new String[3 + uids.length];
        lines[0] = "dn: " + dn;
        lines[1] = "objectClass: groupOfNames";
        lines[2] = "cn: " + dn.substring(3, dn.indexOf(','));
        for (int i = 0; i < uids.length; i++) {
            lines[3 + i] = "member: uid=" + uids[i] + "," + PEOPLE;
        }
        directory.add(lines);
    }

    /** Each person's own password, with a space in it: passwords are compared as typed. */
    private static String password(String uid) {
        return uid + " directory-Pass-1";
    }

    private static boolean isUp() {
        try {
            return call("ari", "GET", "/api/v1/me").statusCode() == 200;
        } catch (UncheckedIOException e) {
            return false; // not listening yet
        }
    }

    private static List<String> roles(String uid) {
        return json(call(uid, "GET", "/api/v1/me"))
                .getJsonArray("roles")
                .getValuesAs(jakarta.json.JsonString.class)
                .stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static HttpResponse<String> call(String uid, String method, String path) {
        return call(uid, password(uid), method, path);
    }

    private static HttpResponse<String> call(String uid, String password, String method, String path) {
        String basic = Base64.getEncoder().encodeToString((uid + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Authorization", "Basic " + basic)
                .header("X-Forwarded-For", someAddress())
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A client address of its own per call, so that no test's sign-ins throttle another's (the server trusts 127.0.0.1 as a proxy). */
    private static String someAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51.100." + (1 + random.nextInt(250));
    }
}
