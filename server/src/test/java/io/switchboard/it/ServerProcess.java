package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A Liberty server of this build's install, killed and started the way an operator (or a crash) would. */
record ServerProcess(Path wlp, String name, String baseUrl) {

    static final Path WLP = Path.of(System.getProperty("switchboard.it.wlp", "target/liberty/wlp"));

    /** How long a restarted server may take to answer: minutes on a machine whose two cores several builds share. */
    static final Duration RESTART_WAIT = Duration.ofMinutes(10);

    /** The integration-test server the suite runs against. */
    static ServerProcess itServer() {
        return new ServerProcess(WLP, System.getProperty("switchboard.it.server", "switchboard-it"), Api.BASE);
    }

    Path directory() {
        return wlp.resolve("usr/servers").resolve(name);
    }

    /** SIGKILL: no shutdown hook, no clean stop, leases not handed back. Returns the pid. */
    long kill9() throws Exception {
        Path pidFile = wlp.resolve("usr/servers/.pid/" + name + ".pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no server process " + pid));
        new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
        server.onExit().get(30, TimeUnit.SECONDS);
        return pid;
    }

    void start(String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(wlp.resolve("bin/server").toString(), "start", name));
        command.addAll(List.of(options));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
    }

    void stop() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", name)
                .redirectErrorStream(true)
                .start();
        p.getInputStream().readAllBytes();
        p.waitFor();
    }

    /** Waits until the application answers an admin call. */
    void awaitUp(Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            try {
                if (Plugins.ADMIN.isUp(baseUrl + "/api/v1/plugins")) {
                    return;
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            Receiver.sleep(500);
        }
        throw new AssertionError("the server " + name + " did not come up within " + timeout);
    }
}
