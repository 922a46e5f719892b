package io.switchboard.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RegistryGroupNameTest {

    @Test
    void anAccessIdLosesItsTypeAndRealmOnly() {
        assertEquals("agent", RegistryAccounts.groupName("group:switchboard/agent"));
        assertEquals(
                "cn=Ops/Night,ou=groups,dc=example,dc=com",
                RegistryAccounts.groupName("group:switchboard/cn=Ops/Night,ou=groups,dc=example,dc=com"));
    }

    @Test
    void aUniqueGroupIdIsTheGroupAsItStands() {
        assertEquals("admin", RegistryAccounts.groupName("admin"));
        assertEquals(
                "cn=Ops/Night,ou=groups,dc=example,dc=com",
                RegistryAccounts.groupName("cn=Ops/Night,ou=groups,dc=example,dc=com"));
    }
}
