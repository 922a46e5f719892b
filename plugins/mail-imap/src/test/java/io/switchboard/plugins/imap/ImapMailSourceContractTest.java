package io.switchboard.plugins.imap;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.mail.MailSourceFactory;
import io.switchboard.plugin.testing.MailSourceContract;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The IMAP source against GreenMail's IMAP server, through the contract every mail source owes the host. */
class ImapMailSourceContractTest extends MailSourceContract {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.IMAP);

    private GreenMailUser user;

    @BeforeEach
    void account() {
        user = MAIL.setUser("desk@example.com", "desk", "secret");
    }

    @Override
    protected MailSourceFactory factory() {
        return new ImapMailSourceFactory();
    }

    @Override
    protected PluginConfig validConfig() {
        return ImapFixtures.config(MAIL.getImap().getPort(), Map.of());
    }

    @Override
    protected void deliver(byte[] raw) throws Exception {
        user.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
    }
}
