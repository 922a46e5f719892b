package io.switchboard.plugin.psa;

/**
 * Who sees a note in the PSA: everyone (ConnectWise "Discussion", Autotask published), staff
 * only ("Internal"), or the resolution.
 *
 * @since 1.1
 */
public enum NoteVisibility {
    PUBLIC,
    INTERNAL,
    RESOLUTION
}
