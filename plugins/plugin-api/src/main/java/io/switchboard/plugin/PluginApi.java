package io.switchboard.plugin;

/**
 * The version of this SPI. A plugin built against {@code major.minor} runs on a host with the
 * same major and an equal or newer minor; the host refuses any other major.
 */
public final class PluginApi {

    public static final int MAJOR = 1;
    public static final int MINOR = 1;
    public static final String VERSION = MAJOR + "." + MINOR;

    /** Manifest headers every plugin jar carries. */
    public static final String HEADER_ID = "Plugin-Id";

    public static final String HEADER_VERSION = "Plugin-Version";
    public static final String HEADER_API_VERSION = "Plugin-Api-Version";

    private PluginApi() {}

    /**
     * Why a plugin built against {@code declared} cannot run on this SPI, or null when it can.
     * Older minors of the same major are accepted: this SPI only grows within a major.
     */
    public static String incompatibility(String declared) {
        if (declared == null || declared.isBlank()) {
            return "the manifest has no " + HEADER_API_VERSION + " header; this host implements plugin API " + VERSION;
        }
        String[] parts = declared.trim().split("\\.");
        int major;
        int minor;
        try {
            major = Integer.parseInt(parts[0]);
            minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        } catch (NumberFormatException e) {
            return HEADER_API_VERSION + " '" + declared + "' is not a version like " + VERSION;
        }
        if (major != MAJOR) {
            return "built for plugin API " + declared.trim() + ", but this host implements plugin API " + VERSION
                    + " and refuses another major version";
        }
        if (minor > MINOR) {
            return "built for plugin API " + declared.trim() + ", which is newer than this host's " + VERSION
                    + "; upgrade Switchboard or use an older build of the plugin";
        }
        return null;
    }
}
