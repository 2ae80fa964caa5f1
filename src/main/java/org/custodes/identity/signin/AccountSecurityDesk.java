package org.custodes.identity.signin;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.custodes.identity.PendingSignIn;
import org.custodes.identity.SecondFactorEnrolment;
import org.custodes.identity.SecondFactorStatus;
import org.custodes.identity.SecondFactorVerification;
import org.custodes.identity.SignedInUser;
import org.custodes.identity.account.AccountPreferences;
import org.custodes.identity.passwordreset.ResetThrottle;
import org.custodes.identity.secondfactor.SecondFactorCheck;
import org.custodes.identity.secondfactor.SecondFactors;
import org.custodes.shared.Language;
import org.custodes.shared.UserId;
import org.springframework.stereotype.Component;

/**
 * What the sign-in steps and the account-security page ask of identity, behind {@link IdentityService}: the second
 * factor (enrolment, codes, recovery codes), finishing a sign-in after it, the account's own preferences, and the
 * password-reset throttle.
 */
@Component
public class AccountSecurityDesk {

    private final SecondFactors secondFactors;
    private final SecondFactorCheck check;
    private final SignInCompletion completion;
    private final AccountPreferences preferences;
    private final ResetThrottle resetThrottle;

    AccountSecurityDesk(SecondFactors secondFactors, SecondFactorCheck check, SignInCompletion completion,
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

    public SecondFactorEnrolment enrolment(UserId account, String email) {
        return secondFactors.enrolment(account, email);
    }

    public Optional<List<String>> confirmEnrolment(UserId account, String code) {
        return secondFactors.confirm(account, code);
    }

    public void disableSecondFactor(SignedInUser user) {
        secondFactors.disable(user);
    }

    public List<String> regenerateRecoveryCodes(UserId account) {
        return secondFactors.regenerateRecoveryCodes(account);
    }

    public SecondFactorVerification verifyCode(UserId account, String code, String clientAddress,
            boolean recoveryCodeAllowed) {
        return check.attempt(account, code, clientAddress, recoveryCodeAllowed);
    }

    public boolean completeSignIn(PendingSignIn pending, HttpServletRequest request, HttpServletResponse response) {
        return completion.afterSecondFactor(pending, request, response);
    }

    public void changeLanguage(SignedInUser user, Language language, HttpServletRequest request,
            HttpServletResponse response) {
        var changed = preferences.changeLanguage(user, language).orElseThrow();
        completion.refresh(changed, request, response);
    }

    public boolean passwordResetAllowed(String email, String clientAddress) {
        return resetThrottle.allow(email, clientAddress);
    }
}
