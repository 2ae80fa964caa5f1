package org.custodes.fieldvoice;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo field voice: an open mission with both forms published, a device in use and a revoked one, and two
 * submissions encrypted exactly as Collect does and received through the same path (so they are decrypted and
 * sealed); and a closed mission whose device was revoked when it closed.
 */
@Component
@ConditionalOnProperty(name = "custodes.demo.enabled", havingValue = "true")
class DemoFieldVoice {

    static final String OPEN_MISSION = "Field-based review, Erbil (demo)";
    private static final Logger log = LoggerFactory.getLogger(DemoFieldVoice.class);

    private final FieldVoiceService fieldVoice;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoFieldVoice(FieldVoiceService fieldVoice, JdbcClient jdbc, TransactionTemplate transaction) {
        this.fieldVoice = fieldVoice;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(60)
    void load(ApplicationReadyEvent ready) {
        if (jdbc.sql("select count(*) from fieldvoice.mission").query(Long.class).single() > 0) {
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                AuthorityUtils.createAuthorityList("fieldvoice:administer", FieldDevice.AUTHORITY)));
        SecurityContextHolder.setContext(context);
        try {
            transaction.executeWithoutResult(status -> load());
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo field voice loaded: mission '{}' with two decrypted submissions", OPEN_MISSION);
    }

    private void load() {
        var erbil = fieldVoice.openMission(OPEN_MISSION);
        var interview = fieldVoice.publishForm(erbil, FormTemplate.GUARD_INTERVIEW);
        var observation = fieldVoice.publishForm(erbil, FormTemplate.SITE_OBSERVATION);
        var phone = fieldVoice.registerDevice(erbil, "Amina Yusuf").device();
        var lost = fieldVoice.registerDevice(erbil, "Daniel Brooks").device();
        fieldVoice.revokeDevice(lost.id());
        var device = new FieldDevice(phone.id(), erbil, phone.username());

        submit(device, interview, Map.of("consent", "yes", "employer",
                "Aegis Shield Security Ltd", "role", "guard", "paid_on_time", "partly", "hours_per_week", "72",
                "rest_day", "no", "force_training", "yes", "grievance_known", "no", "harassment", "decline",
                "notes", "Pay arrives two to three weeks late; no day off during the oil-field contract."), List.of());
        submit(device, observation, Map.of("observed_on", "2026-12-01", "site", "Gate 3, Khurmala terminal",
                "guards_present", "4", "armed", "yes", "identification_visible", "no", "photo", "gate3.jpg",
                "notes", "Two of four guards wore no visible identification."),
                List.of(new OdkEncryption.SubmissionFile("gate3.jpg", "demo photo bytes".getBytes(StandardCharsets.UTF_8))));

        var juba = fieldVoice.openMission("Field-based review, Juba 2025 (demo, closed)");
        fieldVoice.publishForm(juba, FormTemplate.GUARD_INTERVIEW);
        fieldVoice.registerDevice(juba, "Grace Akello");
        fieldVoice.closeMission(juba);
    }

    private void submit(FieldDevice device, FormSummary form, Map<String, String> answers,
            List<OdkEncryption.SubmissionFile> media) {
        var document = XForms.newDocument();
        var root = document.createElementNS(XForms.XFORMS, "data");
        root.setAttribute("id", form.formId());
        root.setAttribute("version", form.version());
        document.appendChild(root);
        for (var question : form.template().questions()) {
            var element = document.createElementNS(XForms.XFORMS, question.name());
            element.setTextContent(answers.getOrDefault(question.name(), ""));
            root.appendChild(element);
        }
        var instanceId = "uuid:" + UUID.randomUUID();
        var meta = document.createElementNS(XForms.XFORMS, "meta");
        var id = document.createElementNS(XForms.XFORMS, "instanceID");
        id.setTextContent(instanceId);
        meta.appendChild(id);
        root.appendChild(meta);
        var mission = fieldVoice.formDocument(device, form.formId());
        var key = SubmissionManifest.parseXml(mission.xml()).getElementsByTagNameNS(XForms.XFORMS, "submission").item(0)
                .getAttributes().getNamedItem("base64RsaPublicKey").getNodeValue();
        var sent = OdkEncryption.encrypt(form.formId(), form.version(), instanceId,
                OdkEncryption.publicKey(java.util.Base64.getDecoder().decode(key)), XForms.serialise(document), media);
        var receipt = fieldVoice.receive(device, sent.manifest(), sent.files().stream()
                .collect(Collectors.toMap(OdkEncryption.SubmissionFile::name, OdkEncryption.SubmissionFile::content)));
        if (receipt.outcome() != Receipt.Outcome.STORED) {
            throw new IllegalStateException("The demo submission was refused: " + receipt.refusal());
        }
    }
}
