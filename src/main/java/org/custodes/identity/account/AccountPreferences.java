package org.custodes.identity.account;

import java.util.Optional;

import org.custodes.identity.SignedInUser;
import org.custodes.shared.Language;
import org.custodes.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What a user may change about their own account without anyone's permission. */
@Component
@Transactional
public class AccountPreferences {

    private final JdbcClient jdbc;
    private final Accounts accounts;

    AccountPreferences(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** Changes the preferred language and returns the account as it is now. */
    public Optional<SignedInUser> changeLanguage(SignedInUser user, Language language) {
        jdbc.sql("update identity.account set language = :language where id = :id")
                .param("language", language.code()).param("id", user.id().value()).update();
        return accounts.findByEmail(user.email()).filter(u -> u.id().equals(user.id()));
    }
}
