package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The admin plugins page is behind the portal login; the API behind it is covered by the plugin ITs. */
class AdminPluginsPageIT {

    @Test
    void theAdminPluginsPageSendsAnonymousVisitorsToTheLogin() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/admin/plugins.xhtml")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, r.statusCode(), r.body());
        String location = r.headers().firstValue("location").orElse("");
        assertTrue(location.contains("/login.xhtml?next=%2Fadmin%2Fplugins.xhtml"), location);
    }
}
