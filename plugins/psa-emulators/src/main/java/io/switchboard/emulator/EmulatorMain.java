package io.switchboard.emulator;

import io.switchboard.emulator.autotask.AutotaskEmulator;
import io.switchboard.emulator.connectwise.ConnectWiseEmulator;
import java.util.concurrent.CountDownLatch;

/**
 * Starts one emulator in the foreground on 127.0.0.1 with demo data:
 * {@code connectwise|autotask PORT [TICKETS [NOTES]]}. Stops on Ctrl+C.
 */
public final class EmulatorMain {

    private EmulatorMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !(args[0].equals("connectwise") || args[0].equals("autotask"))) {
            System.err.println("usage: emulator.sh connectwise|autotask PORT [TICKETS [NOTES_PER_TICKET]]");
            System.exit(2);
        }
        int port = Integer.parseInt(args[1]);
        int tickets = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int notes = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        if (args[0].equals("autotask")) {
            autotask(port, tickets, notes);
            return;
        }
        ConnectWiseEmulator cw = ConnectWiseEmulator.withDemoData(tickets, notes);
        cw.start(port);
        System.out.println("ConnectWise emulator on " + cw.apiUrl() + " with " + tickets + " tickets");
        System.out.println("  company " + ConnectWiseEmulator.COMPANY + ", public key " + ConnectWiseEmulator.PUBLIC_KEY
                + ", private key " + ConnectWiseEmulator.PRIVATE_KEY + ", any clientId");
        System.out.println("  try: curl -u 'demo+pubkey:privkey' '" + cw.apiUrl() + "/service/boards'");
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            cw.close();
            stop.countDown();
        }));
        stop.await();
    }

    private static void autotask(int port, int tickets, int notes) throws Exception {
        AutotaskEmulator at = AutotaskEmulator.withDemoData(tickets, notes);
        at.start(port);
        System.out.println("Autotask emulator on " + at.zoneUrl() + " with " + tickets + " tickets");
        System.out.println("  user " + AutotaskEmulator.USER + ", secret " + AutotaskEmulator.SECRET
                + ", integration code " + AutotaskEmulator.INTEGRATION_CODE);
        System.out.println("  try: curl '" + at.url() + "/atservicesrest/v1.0/zoneInformation?user="
                + AutotaskEmulator.USER + "'");
        System.out.println("       curl -H 'UserName: " + AutotaskEmulator.USER + "' -H 'Secret: "
                + AutotaskEmulator.SECRET + "' -H 'ApiIntegrationCode: " + AutotaskEmulator.INTEGRATION_CODE
                + "' '" + at.zoneUrl() + "V1.0/Tickets/entityInformation/fields'");
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            at.close();
            stop.countDown();
        }));
        stop.await();
    }
}
