package io.switchboard.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleRulesTest {

    private final RoleRules demo = new RoleRules("agent", "supervisor", "admin");

    private final RoleRules directory =
            new RoleRules("Service Desk", "cn=desk-leads, ou=groups, dc=example, dc=com", "SB Admins;Domain Admins");

    @Test
    void theDemoGroupsMapToThemselves() {
        assertEquals(Set.of("agent"), demo.rolesOf(List.of("agent")));
        assertEquals(Set.of("agent", "supervisor"), demo.rolesOf(List.of("agent", "supervisor")));
        assertEquals(Set.of("agent", "supervisor", "admin"), demo.rolesOf(List.of("admin")));
    }

    @Test
    void aGroupThatMapsToNoRoleGivesNone() {
        assertEquals(Set.of(), demo.rolesOf(List.of("metrics", "everyone")));
        assertEquals(Set.of(), directory.rolesOf(List.of("cn=agent,ou=groups,dc=example,dc=com")));
    }

    @Test
    void directoryGroupsMatchByTheirNameOrTheirWholeDnWithoutRegardToCase() {
        assertEquals(Set.of("agent"), directory.rolesOf(List.of("CN=Service Desk,OU=Groups,DC=example,DC=com")));
        assertEquals(
                Set.of("agent", "supervisor"), directory.rolesOf(List.of("cn=Desk-Leads,ou=Groups,dc=Example,dc=com")));
        assertEquals(
                Set.of(),
                directory.rolesOf(List.of("cn=desk-leads,ou=other,dc=example,dc=com")),
                "a configured DN matches only that DN");
    }

    @Test
    void rolesNestSoAnAdminIsAlsoASupervisorAndAnAgent() {
        assertEquals(
                Set.of("agent", "supervisor", "admin"),
                directory.rolesOf(List.of("cn=Domain Admins,cn=Users,dc=corp,dc=example")));
    }

    @Test
    void anEscapedCommaStaysInsideTheName() {
        RoleRules mapping = new RoleRules("Desk\\, Level 1", "supervisor", "admin");
        assertEquals(Set.of("agent"), mapping.rolesOf(List.of("cn=Desk\\, Level 1,ou=groups,dc=example,dc=com")));
    }
}
