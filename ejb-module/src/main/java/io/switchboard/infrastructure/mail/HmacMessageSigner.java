package io.switchboard.infrastructure.mail;

import io.switchboard.application.mail.MessageSigner;
import io.switchboard.infrastructure.plugin.SecretBox;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs our Message-IDs with a key derived from the secrets key, the same on every server sharing it. */
@ApplicationScoped
public class HmacMessageSigner implements MessageSigner {

    @Inject
    SecretBox secrets;

    private SecretKeySpec key;

    @PostConstruct
    void init() {
        key = new SecretKeySpec(secrets.derive("mail-message-ids"), "HmacSHA256");
    }

    @Override
    public String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is in every JVM", e);
        }
    }
}
