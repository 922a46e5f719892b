package io.switchboard.application.psa;

/** A remote board to sync (or to stop syncing), and the local board its tickets go to (null: none). */
public record BoardSelection(String remoteId, String remoteName, Long localBoardId, boolean enabled) {}
