package org.custodes.identity;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.custodes.shared.Language;
import org.custodes.shared.UserId;
import org.springframework.stereotype.Service;

/**
 * What the sign-in steps and the account-security page ask of identity: the second factor (enrolment, codes,
 * recovery codes), finishing a sign-in after it, and the account's own preferences. The pages reach the second
 * factor, throttling and session handling only through here.
 */
@Service
public class AccountSecurityService {

    private final SecondFactors secondFactors;
    private final SecondFactorCheck check;
    private final SignInCompletion completion;
    private final AccountPreferences preferences;
    private final ResetThrottle resetThrottle;

    AccountSecurityService(SecondFactors secondFactors, SecondFactorCheck check, SignInCompletion completion,
            AccountPreferences preferences, ResetThrottle resetThrottle) {
        this.secondFactors = secondFactors;
        this.check = check;
        this.completion = completion;
        this.preferences = preferences;
        this.resetThrottle = resetThrottle;
    }

    public boolean secondFactorEnabled(UserId account) {
        return secondFactors.enabled(account);
    }

    public SecondFactorStatus secondFactorStatus(UserId account) {
        return secondFactors.status(account);
    }

    /** A new authenticator secret for the account, shown until a code from it confirms it. */
    public SecondFactorEnrolment enrolment(UserId account, String email) {
        return secondFactors.enrolment(account, email);
    }

    /** The recovery codes, shown once, when the code confirms the enrolment; empty when it does not. */
    public Optional<List<String>> confirmEnrolment(UserId account, String code) {
        return secondFactors.confirm(account, code);
    }

    public void disableSecondFactor(SignedInUser user) {
        secondFactors.disable(user);
    }

    public List<String> regenerateRecoveryCodes(UserId account) {
        return secondFactors.regenerateRecoveryCodes(account);
    }

    /** A typed code, throttled per client and counted towards the account's lock-out when wrong. */
    public SecondFactorVerification verifyCode(UserId account, String code, String clientAddress,
            boolean recoveryCodeAllowed) {
        return check.attempt(account, code, clientAddress, recoveryCodeAllowed);
    }

    /** Turns the partial sign-in into a full one; false when the account may no longer sign in. */
    public boolean completeSignIn(PendingSignIn pending, HttpServletRequest request, HttpServletResponse response) {
        return completion.afterSecondFactor(pending, request, response);
    }

    /** The account's language, changed in the account and in the signed-in session at once. */
    public void changeLanguage(SignedInUser user, Language language, HttpServletRequest request,
            HttpServletResponse response) {
        var changed = preferences.changeLanguage(user, language).orElseThrow();
        completion.refresh(changed, request, response);
    }

    /** Whether another password reset may be asked for this address from this client just now. */
    public boolean passwordResetAllowed(String email, String clientAddress) {
        return resetThrottle.allow(email, clientAddress);
    }
}
