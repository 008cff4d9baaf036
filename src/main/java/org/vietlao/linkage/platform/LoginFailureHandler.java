package org.vietlao.linkage.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the form with the reason as a code; the page translates it.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason = exception instanceof ThrottledAuthenticationProvider.LoginLockedException
                ? "locked"
                : exception instanceof DisabledException ? "disabled" : "bad";
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
