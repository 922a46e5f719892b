package io.switchboard.application.psa;

import java.util.List;

/** A PSA connection and its synced boards, as the ticket list offers them to filter by. */
public record PsaFilterChoice(long connectionId, String name, List<Board> boards) {

    public record Board(String remoteId, String name) {}
}
