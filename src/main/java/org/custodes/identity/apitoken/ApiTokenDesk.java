package org.custodes.identity.apitoken;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.custodes.identity.ApiTokenId;
import org.custodes.identity.ApiTokenSummary;
import org.custodes.identity.CreateApiToken;
import org.custodes.identity.IssuedApiToken;
import org.custodes.identity.SignedInUser;
import org.custodes.identity.account.Accounts;
import org.custodes.identity.security.SecretToken;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.NotFound;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.custodes.shared.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Personal API tokens: created by their holder, shown once, revocable. A token acts with its holder's current
 * roles and status, read again on every request, so it never carries more than the person has now.
 */
@Component
public class ApiTokenDesk {

    public static final String PREFIX = "cst_";
    /** Characters kept in clear so that a holder can tell tokens apart: the prefix and eight of the secret. */
    static final int VISIBLE_CHARACTERS = PREFIX.length() + 8;

    private final ApiTokens tokens;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokenDesk(ApiTokens tokens, Accounts accounts, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    public IssuedApiToken create(UserId holder, CreateApiToken command) {
        var now = clock.instant();
        var expiresAt = command.expiresOn() == null ? null : lastDay(command.expiresOn(), LocalDate.now(clock))
                .plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        var secret = SecretToken.generate(PREFIX);
        var token = new ApiTokenSummary(new ApiTokenId(UUID.randomUUID()), command.name(),
                secret.substring(0, VISIBLE_CHARACTERS), now, null, expiresAt);
        tokens.insert(token, holder, SecretToken.hash(secret));
        events.publishEvent(new ApiTokenCreated(token.id(), holder, token.name()));
        return new IssuedApiToken(token, secret);
    }

    /** The last day a token works: from today to a year ahead. */
    public static LocalDate lastDay(LocalDate expiresOn, LocalDate today) {
        if (expiresOn.isBefore(today) || expiresOn.isAfter(today.plusYears(1))) {
            throw new BusinessRuleViolation("identity.token.expiry-range");
        }
        return expiresOn;
    }

    public PageResult<ApiTokenSummary> list(UserId holder, PageQuery page) {
        var now = clock.instant();
        return PageResult.of(tokens.active(holder, now, page), page, tokens.countActive(holder, now));
    }

    /** Another person's token answers like a missing one: ids are no oracle. */
    public void revoke(UserId holder, ApiTokenId id) {
        if (!tokens.revoke(id, holder, clock.instant())) {
            throw new NotFound("api token", id);
        }
        events.publishEvent(new ApiTokenRevoked(id, holder));
    }

    /** The person a bearer token stands for, with their permissions as they are now; empty for any bad token. */
    Optional<SignedInUser> authenticate(String bearer) {
        if (!SecretToken.wellFormed(bearer, PREFIX)) {
            return Optional.empty();
        }
        var now = clock.instant();
        var holder = tokens.findHolder(SecretToken.hash(bearer)).filter(h -> h.usableAt(now));
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        var user = accounts.findByEmail(holder.get().email()).filter(SignedInUser::isEnabled);
        user.ifPresent(u -> {
            u.eraseCredentials();
            tokens.recordUse(holder.get().tokenId(), now);
        });
        return user;
    }
}
