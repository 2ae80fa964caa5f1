package org.custodes.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.custodes.support.IntegrationTest;
import org.custodes.support.TestMail;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The helpdesk end to end on PostgreSQL, through its pages and its API as the demo accounts: a company asks, the
 * secretariat finds the request in its queue, notes and answers it, the company is e-mailed, reads the answer
 * without the note, closes and reopens it; another company gets 404, a stale version 409, bad input 422 on a page
 * and a 400 problem on the API.
 */
@IntegrationTest
class HelpdeskIntegrationTests {

    static final String COMPANY = "company@custodes.example";
    static final String OTHER_COMPANY = "company2@custodes.example";
    static final String OFFICER = "officer@custodes.example";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.context.ApplicationContext context;

    Authentication user(String email) {
        var details = accounts.loadUserByUsername(email);
        return UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
    }

    long version(String id) {
        return jdbc.sql("select version from helpdesk.support_request where id = ?").param(UUID.fromString(id))
                .query(Long.class).single();
    }

    String statusOf(String id) {
        return jdbc.sql("select status from helpdesk.support_request where id = ?").param(UUID.fromString(id))
                .query(String.class).single();
    }

    String ask(String subject) throws Exception {
        var location = mvc.perform(post("/helpdesk/requests").with(authentication(user(COMPANY))).with(csrf())
                        .param("category", "CERTIFICATION").param("subject", subject)
                        .param("question", "How long is a certificate valid after the transition audit?"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/helpdesk/requests/").endsWith("?asked");
        return location.substring("/helpdesk/requests/".length(), location.indexOf('?'));
    }

    @Test
    void askQueueAnswerMailReadCloseAndReopen() throws Exception {
        relay(); // whatever other tests left in the outbox
        var subject = "Validity " + UUID.randomUUID();
        var id = ask(subject);
        assertThat(statusOf(id)).isEqualTo("OPEN");

        mvc.perform(get("/helpdesk/queue").with(authentication(user(OFFICER))))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(subject)));
        mvc.perform(get("/helpdesk/queue").param("category", "TRAINING").with(authentication(user(OFFICER))))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.not(Matchers.containsString(subject))));
        mvc.perform(get("/helpdesk/queue").param("status", "OPEN").param("category", "CERTIFICATION")
                        .with(authentication(user(OFFICER))))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(subject)));

        var officerId = jdbc.sql("select id from identity.account where email = ?").param(OFFICER)
                .query(UUID.class).single();
        mvc.perform(post("/helpdesk/requests/{id}/assignment", id).with(authentication(user(OFFICER))).with(csrf())
                        .param("version", String.valueOf(version(id))).param("officer", officerId.toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/helpdesk/requests/{id}/notes", id).with(authentication(user(OFFICER))).with(csrf())
                        .param("version", String.valueOf(version(id))).param("text", "Internal: check with the board first"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/helpdesk/requests/{id}/answers", id).with(authentication(user(OFFICER))).with(csrf())
                        .param("version", String.valueOf(version(id)))
                        .param("text", "Three years, with a surveillance audit every year."))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("ANSWERED");

        relay();
        var mails = deliveredTo(COMPANY).stream().filter(mail -> body(mail).contains("/helpdesk/requests/" + id))
                .toList();
        assertThat(mails).as("the answer e-mail to the asker").hasSize(1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("The secretariat answered your request");
        assertThat(body(mails.getFirst())).doesNotContain("Three years");

        mvc.perform(get("/helpdesk/requests/{id}", id).with(authentication(user(COMPANY))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Three years, with a surveillance audit every year.")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("check with the board"))));
        mvc.perform(get("/api/v1/helpdesk/requests/{id}", id).with(authentication(user(COMPANY))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.notes").isEmpty())
                .andExpect(jsonPath("$.messages[0].text").value("Three years, with a surveillance audit every year."))
                .andExpect(content().string(Matchers.not(Matchers.containsString("check with the board"))));
        mvc.perform(get("/helpdesk/requests/{id}", id).with(authentication(user(OFFICER))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Internal: check with the board first")));
        mvc.perform(get("/helpdesk/requests").with(authentication(user(COMPANY))))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(subject)));

        mvc.perform(post("/helpdesk/requests/{id}/closing", id).with(authentication(user(COMPANY))).with(csrf())
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("CLOSED");
        mvc.perform(post("/helpdesk/requests/{id}/reopening", id).with(authentication(user(COMPANY))).with(csrf())
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("OPEN");

        var stored = jdbc.sql("select string_agg(encode(text_sealed, 'escape'), ' ') from helpdesk.internal_note "
                + "where request_id = ?").param(UUID.fromString(id)).query(String.class).single();
        assertThat(stored).doesNotContain("check with the board");
    }

    @Test
    void anotherCompanysRequestIsNotFoundOnThePageAndTheApi() throws Exception {
        var id = ask("Not yours " + UUID.randomUUID());
        mvc.perform(get("/helpdesk/requests/{id}", id).with(authentication(user(OTHER_COMPANY))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/helpdesk/requests/{id}", id).with(authentication(user(OTHER_COMPANY))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/helpdesk/requests/{id}/replies", id).with(authentication(user(OTHER_COMPANY))).with(csrf())
                        .param("version", String.valueOf(version(id))).param("text", "Let me in"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/helpdesk/requests/{id}/closing", id).with(authentication(user(OTHER_COMPANY)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + version(id) + "}"))
                .andExpect(status().isNotFound());
        assertThat(statusOf(id)).isEqualTo("OPEN");
        mvc.perform(get("/helpdesk/requests").with(authentication(user(OTHER_COMPANY))))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.not(Matchers.containsString("Not yours"))));
    }

    @Test
    void aStaleVersionIsRefusedWith409OnThePageAndTheApi() throws Exception {
        var id = ask("Stale " + UUID.randomUUID());
        var read = version(id);
        mvc.perform(post("/helpdesk/requests/{id}/notes", id).with(authentication(user(OFFICER))).with(csrf())
                        .param("version", String.valueOf(read)).param("text", "First look"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/helpdesk/requests/{id}/answers", id).with(authentication(user(OFFICER))).with(csrf())
                        .param("version", String.valueOf(read)).param("text", "An answer on an old page"))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("Someone changed this request")));
        mvc.perform(post("/api/v1/helpdesk/requests/{id}/answers", id).with(authentication(user(OFFICER)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + read + ", \"text\": \"An answer on an old read\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://custodes.org/problems/changed-meanwhile"));
        assertThat(statusOf(id)).isEqualTo("OPEN");
        mvc.perform(post("/api/v1/helpdesk/requests/{id}/answers", id).with(authentication(user(OFFICER)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version(id) + ", \"text\": \"An answer on a fresh read\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.summary.status").value("ANSWERED"));
    }

    @Test
    void badInputIs422OnThePageWithTheFieldNamedAnd400ProblemOnTheApi() throws Exception {
        var before = jdbc.sql("select count(*) from helpdesk.support_request").query(Long.class).single();
        mvc.perform(post("/helpdesk/requests").with(authentication(user(COMPANY))).with(csrf())
                        .param("subject", "No category").param("question", "What now?"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("id=\"category-error\"")))
                .andExpect(content().string(Matchers.containsString("Choose what your request is about.")));
        mvc.perform(post("/api/v1/helpdesk/requests").with(authentication(user(COMPANY)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"subject\": \"No category\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://custodes.org/problems/invalid-request"))
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("category", "question")));
        assertThat(jdbc.sql("select count(*) from helpdesk.support_request").query(Long.class).single())
                .isEqualTo(before);

        var id = ask("Empty reply " + UUID.randomUUID());
        mvc.perform(post("/helpdesk/requests/{id}/replies", id).with(authentication(user(COMPANY))).with(csrf())
                        .param("version", String.valueOf(version(id))).param("text", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("id=\"reply-text-error\"")));
    }

    @Test
    void theApiAsksAndTheSecretariatReadsItsQueue() throws Exception {
        var subject = "Over JSON " + UUID.randomUUID();
        mvc.perform(post("/api/v1/helpdesk/requests").with(authentication(user(COMPANY)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"category\": \"TRAINING\", \"subject\": \""
                                + subject + "\", \"question\": \"Is there a course in Arabic?\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.summary.status").value("OPEN"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/api/v1/helpdesk/queue").param("category", "TRAINING").with(authentication(user(OFFICER))))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].subject", Matchers.hasItem(subject)));
        mvc.perform(get("/api/v1/helpdesk/queue").with(authentication(user(COMPANY))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theWorkspaceShowsTheSecretariatItsQueueAndTheAskersWhatWaitsForThem() throws Exception {
        mvc.perform(get("/workspace").with(authentication(user(OFFICER)))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("support requests waiting for the secretariat")));
        mvc.perform(get("/workspace").with(authentication(user(OTHER_COMPANY)))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("support requests waiting for your information")));
        mvc.perform(get("/workspace").with(authentication(user(COMPANY)))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("support requests the secretariat answered")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("waiting for the secretariat"))));
    }

    @Test
    void aRequestIsAssignedOnlyToAnOfficerOfTheSecretariat() throws Exception {
        var id = ask("Assignment " + UUID.randomUUID());
        var company = jdbc.sql("select id from identity.account where email = ?").param(COMPANY).query(UUID.class)
                .single();
        mvc.perform(post("/api/v1/helpdesk/requests/{id}/assignment", id).with(authentication(user(OFFICER)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version(id) + ", \"officer\": \"" + company + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Choose an officer of the secretariat."));
        mvc.perform(post("/helpdesk/requests/{id}/assignment", id).with(authentication(user(OFFICER))).with(csrf())
                        .param("version", String.valueOf(version(id))).param("officer", company.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("id=\"officer-error\"")));
        var officer = jdbc.sql("select id from identity.account where email = ?").param(OFFICER).query(UUID.class)
                .single();
        mvc.perform(post("/helpdesk/requests/{id}/assignment", id).with(authentication(user(OFFICER))).with(csrf())
                        .param("version", String.valueOf(version(id))).param("officer", officer.toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/helpdesk/requests/{id}", id).param("assigned", "").with(authentication(user(OFFICER))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The request was assigned.")))
                .andExpect(content().string(Matchers.containsString("Lucas Moreau")));
    }

    @Test
    void theQueueListsOverdueRequestsFirstThenOpenOnesAndClosedOnesLast() throws Exception {
        var body = mvc.perform(get("/api/v1/helpdesk/queue").with(authentication(user(OFFICER))))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].overdue").value(true))
                .andReturn().getResponse().getContentAsString();
        var statuses = com.jayway.jsonpath.JsonPath.<List<String>>read(body, "$[?(@.overdue == false)].status");
        var rank = java.util.Map.of("OPEN", 0, "WAITING_FOR_REQUESTER", 1, "ANSWERED", 1, "CLOSED", 2);
        var ranks = statuses.stream().map(rank::get).toList();
        assertThat(ranks).as("open, then waiting or answered, then closed: %s", statuses).isSorted();
        mvc.perform(get("/api/v1/helpdesk/queue").param("status", "CLOSED").with(authentication(user(OFFICER))))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].status", Matchers.everyItem(Matchers.is("CLOSED"))));
    }

    @Test
    void theDemoHasARequestInEachStatus() {
        assertThat(jdbc.sql("select distinct status from helpdesk.support_request").query(String.class).list())
                .contains("OPEN", "WAITING_FOR_REQUESTER", "ANSWERED", "CLOSED");
    }

    /**
     * Sends what waits in the outbox now, as the scheduled relay would (scheduling is off in the tests); the relay is
     * the notification module's own, reached by its bean name.
     */
    private void relay() throws Exception {
        var relay = context.getBean("outboxRelay");
        var send = relay.getClass().getMethod("relay");
        send.setAccessible(true);
        send.invoke(relay);
    }

    private static List<MimeMessage> deliveredTo(String recipient) {
        return Arrays.stream(TestMail.server().getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                        .anyMatch(address -> address.toString().equals(recipient));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String body(MimeMessage mail) {
        try {
            var content = mail.getContent();
            if (content instanceof String text) {
                return text;
            }
            if (content instanceof jakarta.mail.Multipart multipart) {
                var text = new StringBuilder();
                for (var i = 0; i < multipart.getCount(); i++) {
                    var part = multipart.getBodyPart(i).getContent();
                    text.append(part instanceof String s ? s : "");
                }
                return text.toString();
            }
            return new String(mail.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
