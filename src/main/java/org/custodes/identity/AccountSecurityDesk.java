package org.custodes.identity;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.custodes.shared.Language;
import org.custodes.shared.UserId;
import org.springframework.stereotype.Component;

/**
 * What the sign-in steps and the account-security page ask of identity, behind {@link IdentityService}: the second
 * factor (enrolment, codes, recovery codes), finishing a sign-in after it, the account's own preferences, and the
 * password-reset throttle.
 */
@Component
class AccountSecurityDesk {

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

    boolean secondFactorEnabled(UserId account) {
        return secondFactors.enabled(account);
    }

    SecondFactorStatus secondFactorStatus(UserId account) {
        return secondFactors.status(account);
    }

    SecondFactorEnrolment enrolment(UserId account, String email) {
        return secondFactors.enrolment(account, email);
    }

    Optional<List<String>> confirmEnrolment(UserId account, String code) {
        return secondFactors.confirm(account, code);
    }

    void disableSecondFactor(SignedInUser user) {
        secondFactors.disable(user);
    }

    List<String> regenerateRecoveryCodes(UserId account) {
        return secondFactors.regenerateRecoveryCodes(account);
    }

    SecondFactorVerification verifyCode(UserId account, String code, String clientAddress,
            boolean recoveryCodeAllowed) {
        return check.attempt(account, code, clientAddress, recoveryCodeAllowed);
    }

    boolean completeSignIn(PendingSignIn pending, HttpServletRequest request, HttpServletResponse response) {
        return completion.afterSecondFactor(pending, request, response);
    }

    void changeLanguage(SignedInUser user, Language language, HttpServletRequest request,
            HttpServletResponse response) {
        var changed = preferences.changeLanguage(user, language).orElseThrow();
        completion.refresh(changed, request, response);
    }

    boolean passwordResetAllowed(String email, String clientAddress) {
        return resetThrottle.allow(email, clientAddress);
    }
}
