package org.custodes.identity.secondfactor;

import org.custodes.identity.SecondFactorVerification;
import org.custodes.identity.signin.SignInAttempts;
import org.custodes.identity.signin.SignInFailed;
import org.custodes.shared.UserId;
import org.springframework.stereotype.Component;

/**
 * A second-factor code typed by a person, throttled like a password: per client address and per account, with each
 * wrong code counting towards the account's lock-out.
 */
@Component
public class SecondFactorCheck {

    private final SignInAttempts attempts;
    private final SecondFactors secondFactors;

    SecondFactorCheck(SignInAttempts attempts, SecondFactors secondFactors) {
        this.attempts = attempts;
        this.secondFactors = secondFactors;
    }

    public SecondFactorVerification attempt(UserId account, String code, String clientAddress, boolean recoveryCodeAllowed) {
        if (!attempts.clientMayTry(clientAddress, account)) {
            return SecondFactorVerification.THROTTLED;
        }
        if (attempts.locked(account)) {
            attempts.refused(account, SignInFailed.Reason.ACCOUNT_LOCKED);
            return SecondFactorVerification.REFUSED;
        }
        var verification = secondFactors.verify(account, code, recoveryCodeAllowed);
        if (verification == SecondFactorVerification.REFUSED) {
            attempts.failed(account, SignInFailed.Reason.WRONG_SECOND_FACTOR);
        }
        return verification;
    }
}
