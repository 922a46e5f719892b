package io.switchboard.plugins.connectwise;

import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugin.psa.CallbackEvent;
import io.switchboard.plugin.psa.InboundCallback;
import io.switchboard.plugins.psasupport.JsonValues;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a ConnectWise callback as the Developer Guide says: the signing key comes from
 * {@code Metadata.key_url} (which must be on the configured site, so a forged payload cannot
 * name its own key server), and {@code x-content-signature} must equal
 * {@code Base64(HMAC-SHA256(SHA256(signing_key), raw body))}.
 */
final class CwCallbackVerifier {

    private final Supplier<CwHttp> http;
    private final Logger log;
    private final Map<String, String> keys = new ConcurrentHashMap<>();

    CwCallbackVerifier(Supplier<CwHttp> http, Logger log) {
        this.http = http;
        this.log = log;
    }

    Optional<CallbackEvent> verify(InboundCallback callback) throws RemoteFailure {
        Optional<String> signature = callback.header("x-content-signature");
        if (signature.isEmpty()) {
            return refused("no x-content-signature header");
        }
        JsonObject body;
        try {
            body = JsonValues.parse(callback.bodyText()) instanceof JsonObject o ? o : null;
        } catch (RuntimeException e) {
            body = null;
        }
        if (body == null) {
            return refused("the body is not a JSON object");
        }
        String keyUrl = JsonValues.string(JsonValues.object(body, "Metadata"), "key_url");
        URI key;
        try {
            key = keyUrl == null ? null : URI.create(keyUrl);
        } catch (IllegalArgumentException e) {
            key = null;
        }
        URI site = http.get().site();
        if (key == null
                || key.getHost() == null
                || !key.getHost().equalsIgnoreCase(site.getHost())
                || port(key) != port(site)
                || !key.getScheme().equalsIgnoreCase(site.getScheme())) {
            return refused("its key_url is not on the configured site " + site.getHost());
        }
        byte[] raw = callback.body();
        String cached = keys.get(keyUrl);
        boolean ok = cached != null && matches(cached, raw, signature.get());
        if (!ok) {
            String fresh = fetchKey(key);
            keys.put(keyUrl, fresh);
            ok = matches(fresh, raw, signature.get());
        }
        if (!ok) {
            return refused("the signature does not match");
        }
        String id = JsonValues.string(body, "ID");
        String action = JsonValues.string(body, "Action");
        return Optional.of(new CallbackEvent(
                JsonValues.string(body, "MessageId"),
                id,
                action == null ? "updated" : action.toLowerCase(Locale.ROOT),
                JsonValues.string(body, "Type")));
    }

    private String fetchKey(URI key) throws RemoteFailure {
        CwHttp.Answer answer = http.get().anonymous(key);
        if (answer.json() instanceof JsonObject o && JsonValues.string(o, "signing_key") != null) {
            return JsonValues.string(o, "signing_key");
        }
        throw RemoteFailure.transientFailure("the callback key URL gave no signing_key", null);
    }

    static boolean matches(String signingKey, byte[] body, String signature) {
        try {
            byte[] key = MessageDigest.getInstance("SHA-256").digest(signingKey.getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] expected = Base64.getEncoder().encode(mac.doFinal(body));
            return MessageDigest.isEqual(expected, signature.trim().getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private Optional<CallbackEvent> refused(String why) {
        log.warning("Refused a ConnectWise callback: " + why);
        return Optional.empty();
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }
}
