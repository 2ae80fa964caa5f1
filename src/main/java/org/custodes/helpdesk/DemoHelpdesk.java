package org.custodes.helpdesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.custodes.identity.SignedInUser;
import org.custodes.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo support requests, one in each status and in several categories, from the demo accounts: Aegis Shield's
 * overdue question on fees and its answered one on certification, Al-Noor's self-assessment question the secretariat
 * needs more on, the Kenyan partner's closed question on the Code (still reopenable), and the Swiss state's fresh
 * question on training, assigned, with an internal note. Dated through the domain, with no e-mail sent.
 */
@Component
@ConditionalOnProperty(name = "custodes.demo.enabled", havingValue = "true")
class DemoHelpdesk {

    private static final Logger log = LoggerFactory.getLogger(DemoHelpdesk.class);
    private static final Duration FIVE_DAYS = Duration.ofDays(5);

    private final SupportRequests requests;
    private final UserDetailsService accounts;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoHelpdesk(SupportRequests requests, UserDetailsService accounts, TransactionTemplate transaction,
            Clock clock) {
        this.requests = requests;
        this.accounts = accounts;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(80) // after the demo accounts and the other modules' demo data
    void load(ApplicationReadyEvent ready) {
        Participant officer;
        Participant company;
        Participant company2;
        Participant cso;
        Participant state;
        try {
            officer = participant("officer@custodes.example", true);
            company = participant("company@custodes.example", false);
            company2 = participant("company2@custodes.example", false);
            cso = participant("cso@custodes.example", false);
            state = participant("state@custodes.example", false);
        } catch (UsernameNotFoundException | ClassCastException noDemoAccounts) {
            return;
        }
        if (requests.any()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            var now = clock.instant();

            var fees = ask(company, SupportCategory.MEMBERSHIP_BARRIER, "Paying the membership fee in instalments",
                    "We are a company of 80 guards. Can we pay this year's membership fee in four instalments "
                            + "instead of one?", Language.EN, "company@custodes.example", days(now, 8));
            requests.insert(fees); // open and past its first answer's due

            var audit = ask(company, SupportCategory.CERTIFICATION, "Documents for the surveillance audit",
                    "Which documents must we send the certification body before next month's surveillance audit?",
                    Language.EN, "company@custodes.example", days(now, 6));
            requests.insert(audit);
            audit.answer("Send your updated risk assessment, the training records of the last twelve months and "
                    + "the log of grievances received; the certification body will tell you if it needs more.",
                    officer, days(now, 4));
            requests.save(audit);

            var assessment = ask(company2, SupportCategory.SELF_ASSESSMENT, "سؤال عن مؤشر في التقييم الذاتي",
                    "هل يجب أن نرفق سياسة استخدام القوة كاملة أم يكفي ملخص لها؟", Language.AR,
                    "company2@custodes.example", days(now, 4));
            requests.insert(assessment);
            assessment.askForDetails("Which indicator of the self-assessment is this about? Please give its code.",
                    officer, days(now, 3));
            requests.save(assessment);

            var code = ask(cso, SupportCategory.CODE_REQUIREMENT, "Detention by guards at a mine gate",
                    "Does the Code allow guards to hold a person at a mine gate until the police arrive?",
                    Language.EN, "cso@custodes.example", days(now, 10));
            requests.insert(code);
            code.answer("Paragraph 33: only to defend themselves or others, and the person must be handed to the "
                    + "competent authority at the earliest opportunity.", officer, days(now, 8));
            code.close(cso, days(now, 2));
            requests.save(code);

            var training = ask(state, SupportCategory.TRAINING, "Formation des agents de l’État aux normes du Code",
                    "Le secrétariat propose-t-il une formation pour les agents chargés des marchés publics ?",
                    Language.FR, "state@custodes.example", now.minus(Duration.ofHours(20)));
            requests.insert(training);
            training.assign(officer.user(), officer);
            training.note("Ask the training team whether the procurement module exists in French.", officer,
                    now.minus(Duration.ofHours(2)));
            requests.save(training);
        });
        log.info("Demo support requests loaded: one in each status");
    }

    private static SupportRequest ask(Participant requester, SupportCategory category, String subject,
            String question, Language language, String replyTo, Instant at) {
        return SupportRequest.ask(new AskSecretariat(category, subject, question, language, replyTo), requester, at,
                FIVE_DAYS);
    }

    private Participant participant(String email, boolean secretariat) {
        var user = (SignedInUser) accounts.loadUserByUsername(email);
        return new Participant(user.userId(), user.organisationId(), secretariat);
    }

    private static Instant days(Instant now, int ago) {
        return now.minus(Duration.ofDays(ago));
    }
}
