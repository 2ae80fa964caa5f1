package org.custodes.identity.signin;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends every server-side session of a person at once (ASVS 7.4.2): their next request finds no session and is
 * asked to sign in, so a disabled account or a removed role takes effect immediately.
 */
@Component
public class SessionRevocation {

    private final FindByIndexNameSessionRepository<?> sessions;

    SessionRevocation(FindByIndexNameSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    /** Sessions are indexed by the principal's name, which is the account's e-mail address. */
    public int endAll(String email) {
        var ids = sessions.findByPrincipalName(email).keySet();
        ids.forEach(sessions::deleteById);
        return ids.size();
    }
}
