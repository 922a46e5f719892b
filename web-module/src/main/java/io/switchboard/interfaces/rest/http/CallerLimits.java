package io.switchboard.interfaces.rest.http;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Per-login API limits that differ from the default, from {@code switchboard.api.rate-limits}:
 * {@code login=perSecond/burst} entries separated by {@code ;}, e.g. {@code nightly-sync=50/100}
 * for an integration account that must be held tighter (or looser) than people.
 */
record CallerLimits(Map<String, Limit> byLogin) {

    record Limit(double perSecond, double burst) {}

    CallerLimits {
        byLogin = Map.copyOf(byLogin);
    }

    /** Parses the setting; a malformed entry is refused with the entry named, so a typo never passes silently. */
    static CallerLimits parse(Optional<String> setting) {
        Map<String, Limit> limits = new HashMap<>();
        for (String entry : setting.orElse("").split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] loginAndLimit = entry.strip().split("=", 2);
            String[] rateAndBurst = loginAndLimit.length == 2 ? loginAndLimit[1].split("/", 2) : new String[0];
            try {
                if (rateAndBurst.length != 2 || loginAndLimit[0].isBlank()) {
                    throw new NumberFormatException();
                }
                double perSecond = Double.parseDouble(rateAndBurst[0].strip());
                double burst = Double.parseDouble(rateAndBurst[1].strip());
                if (!(perSecond > 0) || !(burst >= 1) || Double.isInfinite(perSecond) || Double.isInfinite(burst)) {
                    throw new NumberFormatException();
                }
                limits.put(loginAndLimit[0].strip(), new Limit(perSecond, burst));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("switchboard.api.rate-limits: '" + entry.strip()
                        + "' is not login=perSecond/burst (both positive numbers, burst at least 1)");
            }
        }
        return new CallerLimits(limits);
    }

    /** The caller's own limit, else the default. */
    Limit of(String login, Limit defaults) {
        return byLogin.getOrDefault(login, defaults);
    }
}
