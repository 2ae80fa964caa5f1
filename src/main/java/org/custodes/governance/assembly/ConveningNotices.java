package org.custodes.governance.assembly;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodes.governance.GovernanceSettings;
import org.custodes.governance.MembershipMatters;
import org.custodes.identity.IdentityService;
import org.custodes.notification.NotificationService;
import org.custodes.notification.OutgoingMessage;
import org.custodes.shared.CronLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning, sends the convening notice of each General Assembly whose pillar meetings are at most the
 * configured number of days away: to every active user of every member organisation (voting or attending), each in
 * their own language, through the outbox. One node runs it (ShedLock); tests call {@link #run(Clock)}.
 */
@Component
public class ConveningNotices {

    private static final Logger log = LoggerFactory.getLogger(ConveningNotices.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final Assemblies assemblies;
    private final MembershipMatters membership;
    private final IdentityService identity;
    private final NotificationService notifications;
    private final GovernanceSettings settings;
    private final Clock clock;
    private final String baseUrl;

    ConveningNotices(Assemblies assemblies, MembershipMatters membership, IdentityService identity,
            NotificationService notifications, GovernanceSettings settings, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${custodes.base-url}") String baseUrl) {
        this.assemblies = assemblies;
        this.membership = membership;
        this.identity = identity;
        this.notifications = notifications;
        this.settings = settings;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Scheduled(cron = "${custodes.governance.notice-cron:0 30 6 * * *}", zone = "UTC")
    @SchedulerLock(name = "governance.convening-notices", lockAtMostFor = "PT30M", lockAtLeastFor = CronLock.AT_LEAST_FOR)
    @Transactional
    public Integer daily() {
        var sent = run(clock);
        if (sent > 0) {
            log.info("Sent the convening notices of {} General Assemblies", sent);
        }
        return sent;
    }

    /** Sends the notices due at the clock's time; returns how many assemblies were notified. */
    @Transactional
    public int run(Clock at) {
        var now = at.instant();
        var ahead = Duration.ofDays(settings.noticeDays());
        var notified = 0;
        for (var id : assemblies.awaitingNotice()) {
            var assembly = assemblies.find(id).orElseThrow();
            if (!assembly.noticeDue(now, ahead)) {
                continue;
            }
            var recipients = asSecretariat(() -> send(assembly));
            assembly.noticeSent(recipients, now);
            assemblies.save(assembly);
            notified++;
        }
        return notified;
    }

    private int send(Assembly assembly) {
        var parameters = Map.of("title", assembly.title(), "kind", assembly.kind().name(),
                "pillarMeetingsAt", WHEN.format(assembly.pillarMeetingsAt().atOffset(ZoneOffset.UTC)),
                "plenaryAt", WHEN.format(assembly.plenaryAt().atOffset(ZoneOffset.UTC)),
                "place", assembly.place() == null ? "" : assembly.place(),
                "onlineLink", assembly.onlineLink() == null ? "" : assembly.onlineLink(),
                "link", baseUrl + "/governance/assemblies/" + assembly.id());
        var recipients = 0;
        for (var member : membership.members(settings)) {
            for (var contact : identity.contactsOf(member.organisation())) {
                notifications.send(new OutgoingMessage(contact.email(), contact.language(), "governance/convening",
                        parameters));
                recipients++;
            }
        }
        return recipients;
    }

    /** The job reads the member list as the secretariat would; no person is signed in. */
    private static int asSecretariat(java.util.function.IntSupplier work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("governance-notices", null,
                AuthorityUtils.createAuthorityList("membership:read")));
        SecurityContextHolder.setContext(context);
        try {
            return work.getAsInt();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
