package org.custodes.fieldvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.custodes.fieldvoice.OdkEncryption.EncryptedSubmission;
import org.custodes.fieldvoice.OdkEncryption.SubmissionFile;
import org.custodes.shared.Language;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The OpenRosa protocol driven as ODK Collect drives it, against the whole application. */
@IntegrationTest
class FieldVoiceIntegrationTests {

    static final String NS = "http://openrosa.org/xforms/xformsList";

    @Autowired
    FieldVoiceService fieldVoice;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void collectListsDownloadsAndSubmitsAnEncryptedObservationWhichIsStoredOnceAndSealed() throws Exception {
        var mission = secretariat(() -> fieldVoice.openMission("Test mission " + UUID.randomUUID()));
        var form = secretariat(() -> fieldVoice.publishForm(mission, FormTemplate.SITE_OBSERVATION));
        var issued = secretariat(() -> fieldVoice.registerDevice(mission, "Amina Yusuf"));
        var device = httpBasic(issued.device().username(), issued.secret());

        mvc.perform(get("/openrosa/formList")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")));
        mvc.perform(get("/openrosa/formList").with(httpBasic(issued.device().username(), "wrong")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/openrosa/formList").with(device)).andExpect(status().isOk())
                .andExpect(header().string("X-OpenRosa-Version", "1.0"))
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/xml")))
                .andExpect(xpath("/x:xforms/x:xform/x:formID", java.util.Map.of("x", NS)).string(form.formId()))
                .andExpect(xpath("/x:xforms/x:xform/x:version", java.util.Map.of("x", NS)).string("2026120701"))
                .andExpect(xpath("/x:xforms/x:xform/x:hash", java.util.Map.of("x", NS)).string(form.hash()))
                .andExpect(xpath("/x:xforms/x:xform/x:manifestUrl", java.util.Map.of("x", NS))
                        .string("http://localhost:8080/openrosa/forms/" + form.formId() + "/manifest"));

        mvc.perform(get("/openrosa/formList").param("formID", "another_form").with(device)).andExpect(status().isOk())
                .andExpect(xpath("/x:xforms/x:xform", java.util.Map.of("x", NS)).doesNotExist());
        var xform = mvc.perform(get("/openrosa/forms/" + form.formId() + "/form.xml").with(device))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(XForms.md5Hash(xform)).isEqualTo(form.hash());
        var submission = (org.w3c.dom.Element) SubmissionManifest.parseXml(xform)
                .getElementsByTagNameNS(XForms.XFORMS, "submission").item(0);
        var publicKey = OdkEncryption.publicKey(Base64.getDecoder().decode(submission.getAttribute("base64RsaPublicKey")));
        mvc.perform(get("/openrosa/forms/" + form.formId() + "/manifest").with(device)).andExpect(status().isOk())
                .andExpect(xpath("/m:manifest", java.util.Map.of("m", "http://openrosa.org/xforms/xformsManifest")).exists());
        mvc.perform(get("/openrosa/forms/unknown_form/form.xml").with(device)).andExpect(status().isNotFound());

        mvc.perform(head("/openrosa/submission").with(device)).andExpect(status().isNoContent())
                .andExpect(header().string("X-OpenRosa-Accept-Content-Length", String.valueOf(60L * 1024 * 1024)))
                .andExpect(header().string("X-OpenRosa-Version", "1.0"));

        var instanceId = "uuid:" + UUID.randomUUID();
        var xml = ("<data id=\"" + form.formId() + "\" version=\"2026120701\"><observed_on>2026-12-01</observed_on>"
                + "<site>Gate 3, oil terminal</site><guards_present>4</guards_present><armed>yes</armed>"
                + "<identification_visible>no</identification_visible><photo>photo.jpg</photo>"
                + "<notes>Two guards without badges</notes><meta><instanceID>" + instanceId + "</instanceID></meta></data>")
                .getBytes(StandardCharsets.UTF_8);
        var photo = new byte[200 * 1024];
        new java.util.Random(7).nextBytes(photo);
        var sent = OdkEncryption.encrypt(form.formId(), form.version(), instanceId, publicKey, xml,
                List.of(new SubmissionFile("photo.jpg", photo)));

        mvc.perform(post(sent).with(device)).andExpect(status().isCreated())
                .andExpect(header().string("X-OpenRosa-Version", "1.0"))
                .andExpect(xpath("/r:OpenRosaResponse/r:message", java.util.Map.of("r", "http://openrosa.org/http/response"))
                        .string("Submission received and stored."));
        mvc.perform(post(sent).with(device)).andExpect(status().isAccepted());
        assertThat(count(instanceId)).isEqualTo(1);
        var sealed = jdbc.sql("select sealed_xml from fieldvoice.submission where instance_id = ?").param(instanceId)
                .query(byte[].class).single();
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Gate 3").doesNotContain("badges");

        var opened = officer(() -> fieldVoice.openSubmission(secretariat(() -> fieldVoice.submissions(mission)).getFirst().id(), Language.FR));
        assertThat(opened.answers()).anySatisfy(answer -> {
            assertThat(answer.label()).isEqualTo("Les agents sont-ils armés ?");
            assertThat(answer.value()).isEqualTo("Oui");
        });
        assertThat(opened.answers()).anySatisfy(answer -> assertThat(answer.value()).isEqualTo("Two guards without badges"));
        assertThat(opened.media()).singleElement().satisfies(media -> assertThat(media.size()).isEqualTo(200 * 1024));
    }

    @Test
    void aTamperedTruncatedUnknownOrUnencryptedSubmissionIsRefusedLoggedAndNothingIsSaved() throws Exception {
        var mission = secretariat(() -> fieldVoice.openMission("Refusals " + UUID.randomUUID()));
        var form = secretariat(() -> fieldVoice.publishForm(mission, FormTemplate.GUARD_INTERVIEW));
        var issued = secretariat(() -> fieldVoice.registerDevice(mission, "Luis Ortega"));
        var device = httpBasic(issued.device().username(), issued.secret());
        var xform = mvc.perform(get("/openrosa/forms/" + form.formId() + "/form.xml").with(device))
                .andReturn().getResponse().getContentAsByteArray();
        var key = ((org.w3c.dom.Element) SubmissionManifest.parseXml(xform).getElementsByTagNameNS(XForms.XFORMS,
                "submission").item(0)).getAttribute("base64RsaPublicKey");
        var publicKey = OdkEncryption.publicKey(Base64.getDecoder().decode(key));
        var instanceId = "uuid:" + UUID.randomUUID();
        var xml = ("<data id=\"" + form.formId() + "\"><consent>yes</consent><notes>secret</notes></data>")
                .getBytes(StandardCharsets.UTF_8);
        var refusalsBefore = refusals();

        var good = OdkEncryption.encrypt(form.formId(), form.version(), instanceId, publicKey, xml, List.of());
        var tampered = good.files().getFirst().content().clone();
        tampered[tampered.length / 2] ^= 0x20;
        mvc.perform(post(new EncryptedSubmission(good.manifest(), List.of(new SubmissionFile("submission.xml.enc", tampered))))
                .with(device)).andExpect(status().isBadRequest());
        var cut = java.util.Arrays.copyOf(good.files().getFirst().content(), 7);
        mvc.perform(post(new EncryptedSubmission(good.manifest(), List.of(new SubmissionFile("submission.xml.enc", cut))))
                .with(device)).andExpect(status().isBadRequest());
        mvc.perform(post(new EncryptedSubmission(xml, List.of())).with(device)).andExpect(status().isBadRequest());
        var otherVersion = OdkEncryption.encrypt(form.formId(), "1999010101", instanceId, publicKey, xml, List.of());
        mvc.perform(post(otherVersion).with(device)).andExpect(status().isNotFound());
        mvc.perform(multipart("/openrosa/submission").with(device)).andExpect(status().isBadRequest());
        assertThat(count(instanceId)).isZero();
        assertThat(refusals()).isEqualTo(refusalsBefore + 4);

        mvc.perform(post(good).with(device)).andExpect(status().isCreated());
    }

    @Test
    void aRevokedDeviceAndTheDevicesOfAClosedMissionAreRefused() throws Exception {
        var mission = secretariat(() -> fieldVoice.openMission("Closing " + UUID.randomUUID()));
        secretariat(() -> fieldVoice.publishForm(mission, FormTemplate.GUARD_INTERVIEW));
        var revoked = secretariat(() -> fieldVoice.registerDevice(mission, "First"));
        var kept = secretariat(() -> fieldVoice.registerDevice(mission, "Second"));
        assertThat(jdbc.sql("select secret_hash from fieldvoice.device where id = ?").param(kept.device().id().value())
                .query(String.class).single()).doesNotContain(kept.secret()).startsWith("$argon2");
        mvc.perform(get("/openrosa/formList").with(httpBasic(revoked.device().username(), revoked.secret())))
                .andExpect(status().isOk());
        secretariat(() -> fieldVoice.revokeDevice(revoked.device().id()));
        mvc.perform(get("/openrosa/formList").with(httpBasic(revoked.device().username(), revoked.secret())))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/openrosa/formList").with(httpBasic(kept.device().username(), kept.secret())))
                .andExpect(status().isOk());
        secretariat(() -> {
            fieldVoice.closeMission(mission);
            return null;
        });
        mvc.perform(head("/openrosa/submission").with(httpBasic(kept.device().username(), kept.secret())))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theDemoMissionShowsItsFormsDevicesAndTwoDecryptedSubmissionsToTheOfficerOnly() throws Exception {
        var demo = secretariat(() -> fieldVoice.missions()).stream()
                .filter(mission -> mission.name().equals(DemoFieldVoice.OPEN_MISSION)).findFirst().orElseThrow();
        assertThat(demo.forms()).isEqualTo(2);
        assertThat(demo.activeDevices()).isEqualTo(1);
        assertThat(demo.submissions()).isEqualTo(2);
        assertThat(secretariat(() -> fieldVoice.missions())).anySatisfy(mission -> assertThat(mission.status())
                .isEqualTo(CaptureMissionStatus.CLOSED));
        var submission = secretariat(() -> fieldVoice.submissions(demo.id())).getFirst();
        var details = officer(() -> fieldVoice.openSubmission(submission.id(), Language.AR));
        assertThat(details.answers()).isNotEmpty().allSatisfy(answer -> assertThat(answer.label()).isNotBlank());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> secretariat(() -> fieldVoice.openSubmission(submission.id(), Language.EN)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    /** A figure, not a check of speed: encrypted submissions with a 200 KB photo, one after another, through HTTP. */
    @Test
    void measuresTheRateOfEncryptedSubmissionsWithA200KilobytePhoto() throws Exception {
        var mission = secretariat(() -> fieldVoice.openMission("Throughput " + UUID.randomUUID()));
        var form = secretariat(() -> fieldVoice.publishForm(mission, FormTemplate.SITE_OBSERVATION));
        var issued = secretariat(() -> fieldVoice.registerDevice(mission, "Load"));
        var device = httpBasic(issued.device().username(), issued.secret());
        var xform = mvc.perform(get("/openrosa/forms/" + form.formId() + "/form.xml").with(device))
                .andReturn().getResponse().getContentAsByteArray();
        var publicKey = OdkEncryption.publicKey(Base64.getDecoder().decode(((org.w3c.dom.Element) SubmissionManifest
                .parseXml(xform).getElementsByTagNameNS(XForms.XFORMS, "submission").item(0)).getAttribute("base64RsaPublicKey")));
        var photo = new byte[200 * 1024];
        new java.util.Random(11).nextBytes(photo);
        var count = 20;
        var submissions = new java.util.ArrayList<EncryptedSubmission>();
        for (int i = 0; i < count; i++) {
            var instanceId = "uuid:" + UUID.randomUUID();
            var xml = ("<data id=\"" + form.formId() + "\"><site>Site " + i + "</site><meta><instanceID>" + instanceId
                    + "</instanceID></meta></data>").getBytes(StandardCharsets.UTF_8);
            submissions.add(OdkEncryption.encrypt(form.formId(), form.version(), instanceId, publicKey, xml,
                    List.of(new SubmissionFile("photo.jpg", photo))));
        }
        var start = System.nanoTime();
        for (var sent : submissions) {
            mvc.perform(post(sent).with(device)).andExpect(status().isCreated());
        }
        var seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("FIELDVOICE FIGURE: %d encrypted submissions with a 200 KB photo in %.2f s = %.1f/s "
                + "(each with Basic authentication against the Argon2 hash)%n", count, seconds, count / seconds);
        assertThat(secretariat(() -> fieldVoice.submissions(mission))).hasSize(count);
    }

    @Test
    void thePagesRenderAndTheApiAnswersProblemDetailsOnBadInput() throws Exception {
        var officer = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user("officer").authorities(AuthorityUtils.createAuthorityList("fieldvoice:administer",
                        "fieldvoice:open-submissions"));
        mvc.perform(get("/fieldvoice/missions").with(officer)).andExpect(status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/fieldvoice/missions")
                .with(officer).contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/fieldvoice/missions")
                .with(officer).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("name", "")).andExpect(status().isUnprocessableEntity());
    }

    private MockMultipartHttpServletRequestBuilder post(EncryptedSubmission sent) {
        var request = multipart("/openrosa/submission")
                .file(new MockMultipartFile("xml_submission_file", "submission.xml", "text/xml", sent.manifest()));
        for (var file : sent.files()) {
            request.file(new MockMultipartFile(file.name(), file.name(), "application/octet-stream", file.content()));
        }
        request.header("X-OpenRosa-Version", "1.0");
        return request;
    }

    private long count(String instanceId) {
        return jdbc.sql("select count(*) from fieldvoice.submission where instance_id = ?").param(instanceId)
                .query(Long.class).single();
    }

    private long refusals() {
        return jdbc.sql("select count(*) from audit.audit_event where action = 'fieldvoice.submission-refused'")
                .query(Long.class).single();
    }

    static <T> T secretariat(Supplier<T> work) {
        return as(work, "fieldvoice:administer");
    }

    static <T> T officer(Supplier<T> work) {
        return as(work, "fieldvoice:administer", "fieldvoice:open-submissions");
    }

    private static <T> T as(Supplier<T> work, String... authorities) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test", null,
                AuthorityUtils.createAuthorityList(authorities)));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
