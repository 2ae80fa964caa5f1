package org.custodes.identity.singlesignon;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.custodes.identity.PendingSignIn;
import org.custodes.identity.SignInPaths;
import org.custodes.identity.secondfactor.SecondFactors;
import org.custodes.identity.signin.PartialSignIn;
import org.custodes.identity.signin.SignInCompletion;

/**
 * Where a sign-in with the identity provider leads. The provider's own authentication never stays in the session:
 * it becomes our partial sign-in (the TOTP step is due, or its enrolment), our full sign-in (only when the provider's
 * second factor is trusted and the ID token says it was used), or nothing, with the refusal page or the page saying
 * that the link awaits an administrator.
 */
public class SingleSignOnOutcome implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    /** The page that says why a sign-in with the provider did not go through, or that its link awaits approval. */
    static final String OUTCOME_PAGE = SignInPaths.SINGLE_SIGN_ON_OUTCOME;

    private static final Logger log = LoggerFactory.getLogger(SingleSignOnOutcome.class);

    private final SingleSignOnDesk desk;
    private final SignInCompletion completion;
    private final SecondFactors secondFactors;

    SingleSignOnOutcome(SingleSignOnDesk desk, SignInCompletion completion, SecondFactors secondFactors) {
        this.desk = desk;
        this.completion = completion;
        this.secondFactors = secondFactors;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        if (!(authentication.getPrincipal() instanceof OidcUser user)) {
            completion.replace(null, request, response);
            desk.failed("NOT_OPENID_CONNECT");
            response.sendRedirect(request.getContextPath() + OUTCOME_PAGE + "?outcome=provider-error");
            return;
        }
        var token = user.getIdToken();
        var identity = new SingleSignOnDesk.ProviderIdentity(String.valueOf(token.getIssuer()), user.getSubject(),
                user.getEmail(), Boolean.TRUE.equals(user.getEmailVerified()), values(user.getClaims().get(desk.roleClaim())));
        switch (desk.signIn(identity)) {
            case SingleSignOnPolicy.Refused refused -> {
                completion.replace(null, request, response);
                response.sendRedirect(request.getContextPath() + OUTCOME_PAGE + "?outcome=" + refused.reason().slug());
            }
            case SingleSignOnPolicy.AwaitingApproval waiting -> {
                completion.replace(null, request, response);
                response.sendRedirect(request.getContextPath() + OUTCOME_PAGE + "?outcome=pending");
            }
            case SingleSignOnPolicy.Accepted accepted -> {
                var account = accepted.account();
                var methods = token.getAuthenticationMethods() == null ? List.<String>of() : token.getAuthenticationMethods();
                var providerFactor = desk.providerSecondFactor(methods);
                desk.accepted(account, identity, providerFactor);
                if (providerFactor) {
                    completion.afterSingleSignOn(account, request, response);
                    response.sendRedirect(request.getContextPath() + "/workspace");
                    return;
                }
                var pending = new PendingSignIn(account.id(), account.email(), secondFactors.enabled(account.id()));
                completion.replace(new PartialSignIn(pending), request, response);
                completion.pending(pending, request, response);
                var step = pending.enrolled() ? SignInPaths.SECOND_FACTOR : SignInPaths.ENROLMENT;
                response.sendRedirect(request.getContextPath() + step);
            }
        }
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        log.warn("Sign-in with the identity provider failed: {}", exception.getMessage());
        desk.failed("PROVIDER_ERROR");
        response.sendRedirect(request.getContextPath() + OUTCOME_PAGE + "?outcome=provider-error");
    }

    private static Collection<String> values(Object claim) {
        if (claim instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }
}
