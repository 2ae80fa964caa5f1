package org.custodes.identity.signin;

import java.io.Serial;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.custodes.identity.PendingSignIn;
import org.custodes.identity.SignInPaths;

/**
 * A session whose password was right but whose second factor is still due. It holds no permission and no role,
 * its principal is not an {@code Actor}, and it does not count as authenticated, so {@code isAuthenticated()} and
 * {@code isFullyAuthenticated()} rules refuse it; {@link SecondFactorGate} sends it to the second-factor step.
 */
public final class PartialSignIn extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String AUTHORITY = SignInPaths.PARTIAL_SIGN_IN_AUTHORITY;

    private final PendingSignIn pending;

    public PartialSignIn(PendingSignIn pending) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.pending = pending;
        super.setAuthenticated(false);
    }

    public PendingSignIn pending() {
        return pending;
    }

    @Override
    public Object getPrincipal() {
        return pending;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public String getName() {
        return pending.email();
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("A partial sign-in becomes a sign-in only through the second factor");
        }
        super.setAuthenticated(false);
    }
}
