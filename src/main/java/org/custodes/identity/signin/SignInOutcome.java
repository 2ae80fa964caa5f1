package org.custodes.identity.signin;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.custodes.identity.SignInPaths;
import org.custodes.identity.SignedInUser;
import org.custodes.identity.secondfactor.SecondFactorGate;

/**
 * Where the password form leads. Right password: the workspace, or first the second factor (or its enrolment when a
 * role requires one). Refused: the sign-in page again, with the address kept and one message for every reason; 429
 * when the client itself is throttled.
 */
@Component
public class SignInOutcome implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    public static final String REFUSED_PAGE = SignInPaths.REFUSED;
    static final String STATUS = SignInPaths.REFUSED_STATUS;

    private final SignInCompletion completion;

    SignInOutcome(SignInCompletion completion) {
        this.completion = completion;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        if (authentication instanceof PartialSignIn partial) {
            completion.pending(partial.pending(), request, response);
            var step = partial.pending().enrolled() ? SecondFactorGate.SECOND_FACTOR : SecondFactorGate.ENROLMENT;
            response.sendRedirect(request.getContextPath() + step);
            return;
        }
        completion.afterPassword((SignedInUser) authentication.getPrincipal(), request, response);
        response.sendRedirect(request.getContextPath() + "/workspace");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        var status = exception instanceof PasswordSignIn.ClientThrottled ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNAUTHORIZED;
        request.setAttribute(STATUS, status.value());
        response.setStatus(status.value());
        // Forwarded rather than redirected, so the page can keep the address the person typed.
        request.getRequestDispatcher(REFUSED_PAGE).forward(request, response);
    }
}
