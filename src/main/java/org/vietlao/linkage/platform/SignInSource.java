package org.vietlao.linkage.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * Where a sign-in attempt came from: the client's address (the forwarded one behind a trusted proxy, see
 * {@link ReverseProxyConfiguration}) and the door it used. Carried as the authentication's details, so it is
 * kept with the signed-in principal in the session, hence {@link Serializable}.
 *
 * @param address the client address, at most 45 characters (the longest IPv6 text)
 * @param channel {@link #FORM} or {@link #API}
 */
record SignInSource(String address, String channel) implements Serializable {

    static final String FORM = "FORM";
    static final String API = "API";
    static final String UNKNOWN = "unknown";

    static SignInSource form(HttpServletRequest request) {
        return new SignInSource(addressOf(request), FORM);
    }

    static SignInSource api(HttpServletRequest request) {
        return new SignInSource(addressOf(request), API);
    }

    /** The source an authentication request carries, or an unknown one when it carries none. */
    static SignInSource of(Object details) {
        return details instanceof SignInSource source ? source : new SignInSource(UNKNOWN, UNKNOWN);
    }

    private static String addressOf(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (address == null || address.isBlank()) {
            return UNKNOWN;
        }
        return address.length() > 45 ? address.substring(0, 45) : address;
    }
}
