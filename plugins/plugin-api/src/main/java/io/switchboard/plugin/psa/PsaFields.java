package io.switchboard.plugin.psa;

/**
 * The field names of {@link PsaOperation.Update} and of the host's mapping, the same for every
 * provider.
 *
 * @since 1.1
 */
public final class PsaFields {

    public static final String SUMMARY = "summary";
    public static final String DESCRIPTION = "description";
    public static final String STATUS = "status";
    public static final String PRIORITY = "priority";
    public static final String OWNER = "owner";
    public static final String BOARD = "board";
    public static final String COMPANY = "company";
    public static final String CONTACT = "contact";

    private PsaFields() {}
}
