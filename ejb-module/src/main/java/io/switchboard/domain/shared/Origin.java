package io.switchboard.domain.shared;

/** The channel through which a change entered Switchboard. */
public enum Origin implements Keyed {
    PORTAL("portal"),
    EMAIL("email"),
    API("api"),
    PSA("psa"),
    SYSTEM("system");

    private final String key;

    Origin(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
