package io.switchboard.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.it.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class PortalLoginIT {

    @Test
    void wrongCredentialsAreToldClearlyAndTheRightOnesSignIn() {
        try (Browser b = Browser.open()) {
            b.go("/index.xhtml");
            assertTrue(b.url().contains("/login.xhtml?next="), b.url());
            b.signIn("agent", "not-the-password");
            assertTrue(b.text(By.id("loginMessages")).contains("Wrong user name or password"));
            b.signIn("agent", "switchboard");
            b.waitUntilUrlContains("/index.xhtml");
            assertTrue(b.text(By.cssSelector(".sb-user-name")).contains("Alex Agent"));
        }
    }

    @Test
    void signingOutEndsTheSession() {
        try (Browser b = Browser.open()) {
            b.login("agent").go("/tickets.xhtml");
            b.click(Browser.id("userForm:signOut"));
            b.waitUntilUrlContains("/login.xhtml");
            assertTrue(b.text(By.id("signedOut")).contains("signed out"));
            b.go("/tickets.xhtml");
            assertTrue(
                    b.url().contains("/login.xhtml"), "after sign-out the portal asks for a login again: " + b.url());
        }
    }

    @Test
    void afterTheSessionIsGoneTheUserReturnsToThePageTheyWereOn() {
        try (Browser b = Browser.open()) {
            b.login("agent").go("/tickets.xhtml?priority=high&sort=createdAt");
            b.forgetSession(); // what a session timeout leaves behind
            b.go("/tickets.xhtml?priority=high&sort=createdAt");
            assertTrue(b.url().contains("/login.xhtml"), b.url());
            assertTrue(b.text(By.id("sessionNote")).contains("return to the page"));
            b.signIn("agent", "switchboard");
            b.waitUntilUrlContains("/tickets.xhtml");
            assertEquals(Api.BASE + "/tickets.xhtml?priority=high&sort=createdAt", b.url());
        }
    }

    @Test
    void nextNeverLeadsOffTheSite() {
        try (Browser b = Browser.open()) {
            b.go("/login.xhtml?next="
                    + java.net.URLEncoder.encode("//evil.example/phish", java.nio.charset.StandardCharsets.UTF_8));
            b.signIn("agent", "switchboard");
            b.waitUntilUrlContains("/index.xhtml");
            assertTrue(b.url().startsWith(Api.BASE + "/index.xhtml"), b.url());
            assertFalse(b.url().contains("evil"));
        }
    }

    @Test
    void aClickAfterTheSessionIsGoneAlsoLeadsThroughLoginBackToThePage() {
        Fixtures.ticket("Session test " + Fixtures.token(), "low");
        try (Browser b = Browser.open()) {
            b.login("agent").go("/tickets.xhtml?priority=low");
            b.forgetSession();
            b.driver()
                    .findElement(By.cssSelector("#ticketTable tr.sb-row .sb-col-summary"))
                    .click(); // an ajax request
            b.waitUntilUrlContains("/login.xhtml");
            b.settle().signIn("agent", "switchboard");
            b.waitUntilUrlContains("/tickets.xhtml");
            assertEquals(Api.BASE + "/tickets.xhtml?priority=low", b.url());
        }
    }
}
