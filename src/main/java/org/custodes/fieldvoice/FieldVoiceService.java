package org.custodes.fieldvoice;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.Deflater;

import org.custodes.shared.Language;
import org.custodes.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Field missions for ODK Collect: the secretariat opens a mission (with its own RSA key pair), publishes forms to
 * it, registers devices and reads what they sent; devices list and fetch their mission's forms and submit. Every
 * submission is encrypted on the phone, opened here with the mission's key, and kept sealed at rest.
 */
@Service
@Transactional
public class FieldVoiceService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

    private final CaptureMissions missions;
    private final Devices devices;
    private final Submissions submissions;
    private final FieldKeys keys;
    private final PasswordEncoder passwords;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String serverUrl;

    FieldVoiceService(CaptureMissions missions, Devices devices, Submissions submissions, FieldKeys keys,
            PasswordEncoder passwords, MessageSource messages, ApplicationEventPublisher events, Clock clock,
            @Value("${custodes.base-url}") String baseUrl) {
        this.missions = missions;
        this.devices = devices;
        this.submissions = submissions;
        this.keys = keys;
        this.passwords = passwords;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.serverUrl = baseUrl.replaceAll("/+$", "") + "/openrosa";
    }

    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    public CaptureMissionId openMission(String name) {
        var id = new CaptureMissionId(UUID.randomUUID());
        var pair = OdkEncryption.newKeyPair();
        missions.insert(new CaptureMissions.Mission(id, name.strip(), CaptureMissionStatus.OPEN, pair.getPublic().getEncoded(),
                keys.sealPrivateKey(id, pair.getPrivate().getEncoded()), clock.instant(), null, 0));
        events.publishEvent(new CaptureMissionOpened(id, name.strip()));
        return id;
    }

    /** Closes a mission: its devices are revoked and it accepts no more submissions. */
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    public void closeMission(CaptureMissionId id) {
        var mission = missions.find(id).orElseThrow(() -> new NotFound("mission", id));
        if (mission.status() == CaptureMissionStatus.CLOSED) {
            throw new FieldVoiceRefused("fieldvoice.refused.mission-closed");
        }
        var now = clock.instant();
        missions.close(mission, now);
        events.publishEvent(new CaptureMissionClosed(id, devices.revokeAll(id, now)));
    }

    /** Publishes the current version of a form to an open mission, replacing an earlier version. */
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    public FormSummary publishForm(CaptureMissionId id, FormTemplate template) {
        var mission = openMission(id);
        var form = new CaptureMissions.PublishedForm(template.code() + "_" + id.value().toString().substring(0, 8),
                mission.id(), template, template.version(), clock.instant());
        missions.publish(form);
        events.publishEvent(new FormPublished(id, form.formId(), form.version()));
        return summary(form, mission);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    public List<CaptureMissionSummary> missions() {
        return missions.summaries();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    public CaptureMissionSummary mission(CaptureMissionId id) {
        return missions.summaries().stream().filter(mission -> mission.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("mission", id));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    public List<FormSummary> forms(CaptureMissionId id) {
        var mission = missions.find(id).orElseThrow(() -> new NotFound("mission", id));
        return missions.forms(id).stream().map(form -> summary(form, mission)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    public List<DeviceSummary> devices(CaptureMissionId id) {
        return devices.ofMission(id);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    public List<SubmissionSummary> submissions(CaptureMissionId id) {
        return submissions.ofMission(id);
    }

    /** Registers a device for a team member; the secret is in the answer and nowhere else (only its hash is kept). */
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    public IssuedDevice registerDevice(CaptureMissionId id, String holder) {
        openMission(id);
        var secret = random(24);
        var device = new DeviceSummary(new DeviceId(UUID.randomUUID()), id, holder.strip(), "fv-" + random(10),
                clock.instant(), null);
        devices.insert(device, passwords.encode(secret));
        events.publishEvent(new DeviceRegistered(device.id(), id, device.holder()));
        return new IssuedDevice(device, serverUrl, secret, collectSettings(device.username(), secret));
    }

    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    public DeviceSummary revokeDevice(DeviceId id) {
        var device = devices.find(id).orElseThrow(() -> new NotFound("device", id));
        if (!devices.revoke(id, clock.instant())) {
            throw new FieldVoiceRefused("fieldvoice.refused.device-revoked");
        }
        events.publishEvent(new DeviceRevoked(id, device.mission()));
        return devices.find(id).orElseThrow();
    }

    /** Opens a stored submission for reading; every opening leaves an audit row. */
    @PreAuthorize("hasAuthority('fieldvoice:open-submissions')")
    public SubmissionDetails openSubmission(SubmissionId id, Language language) {
        var summary = submissions.find(id).orElseThrow(() -> new NotFound("submission", id));
        var form = missions.form(summary.formId()).orElseThrow();
        var xml = keys.openContent(id, OdkEncryption.SUBMISSION_FILE, submissions.sealedXml(id));
        var root = SubmissionManifest.parseXml(xml).getDocumentElement();
        var answers = new ArrayList<SubmissionDetails.Answer>();
        for (var question : form.template().questions()) {
            var value = childText(root, question.name());
            if (question.options() != null && !value.isEmpty()) {
                value = text(language, FormTemplate.Options.labelKey(value), value);
            }
            answers.add(new SubmissionDetails.Answer(question.name(), text(language, form.template().labelKey(question),
                    question.name()), value));
        }
        var media = submissions.media(id).stream().map(part -> new SubmissionDetails.Media(part.name(), part.size())).toList();
        events.publishEvent(new SubmissionOpened(id, summary.mission()));
        return new SubmissionDetails(summary, text(language, form.template().titleKey(), form.formId()), answers, media);
    }

    /** The forms a device may fetch: those of its mission, while the mission is open. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('fieldvoice:device')")
    public List<FormSummary> formsFor(FieldDevice device) {
        var mission = missions.find(device.mission()).orElseThrow();
        if (mission.status() != CaptureMissionStatus.OPEN) {
            return List.of();
        }
        return missions.forms(mission.id()).stream().map(form -> summary(form, mission)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('fieldvoice:device')")
    public FormDocument formDocument(FieldDevice device, String formId) {
        var form = missions.form(formId).filter(found -> found.mission().equals(device.mission()))
                .orElseThrow(() -> new NotFound("form", formId));
        var mission = missions.find(form.mission()).orElseThrow();
        var xml = xform(form, mission);
        return new FormDocument(formId, xml, XForms.md5Hash(xml));
    }

    /**
     * Receives what Collect posts: the manifest and the encrypted files. The submission is stored (sealed) before
     * this returns, so a 201 is never given for anything not written; a refusal writes only its audit row.
     */
    @PreAuthorize("hasAuthority('fieldvoice:device')")
    public Receipt receive(FieldDevice device, byte[] manifestXml, Map<String, byte[]> files) {
        SubmissionManifest manifest;
        try {
            manifest = SubmissionManifest.parse(manifestXml);
        } catch (SubmissionUnreadable unreadable) {
            return refuse(device, "", Receipt.Outcome.MALFORMED, unreadable.reason());
        }
        var form = missions.form(manifest.formId()).filter(found -> found.version().equals(manifest.version()));
        if (form.isEmpty()) {
            return refuse(device, manifest.formId(), Receipt.Outcome.UNKNOWN_FORM, "fieldvoice.refusal.unknown-form");
        }
        var mission = missions.find(form.get().mission()).orElseThrow();
        if (!mission.id().equals(device.mission()) || mission.status() != CaptureMissionStatus.OPEN) {
            return refuse(device, manifest.formId(), Receipt.Outcome.NOT_ACCEPTED, "fieldvoice.refusal.not-accepting");
        }
        var existing = submissions.byInstanceId(manifest.instanceId());
        if (existing.isPresent()) {
            return Receipt.duplicate(existing.get());
        }
        OdkEncryption.OpenedSubmission opened;
        try {
            var privateKey = OdkEncryption.privateKey(keys.openPrivateKey(mission.id(), mission.sealedPrivateKey()));
            opened = OdkEncryption.decrypt(manifest, files, privateKey);
            SubmissionManifest.parseXml(opened.xml());
        } catch (SubmissionUnreadable unreadable) {
            return refuse(device, manifest.formId(), Receipt.Outcome.MALFORMED, unreadable.reason());
        }
        var id = new SubmissionId(UUID.randomUUID());
        var media = opened.media().stream().map(file -> new Submissions.SealedPart(file.name(), file.content().length,
                keys.sealContent(id, "media/" + file.name(), file.content()))).toList();
        if (!submissions.insert(id, form.get(), manifest.instanceId(), device.device(), clock.instant(),
                keys.sealContent(id, OdkEncryption.SUBMISSION_FILE, opened.xml()), media)) {
            return Receipt.duplicate(submissions.byInstanceId(manifest.instanceId()).orElseThrow());
        }
        events.publishEvent(new SubmissionReceived(id, mission.id(), manifest.formId(), manifest.instanceId(), device.device()));
        return Receipt.stored(id);
    }

    /** The device behind a user name and secret, when it is active and its mission open. */
    @Transactional(readOnly = true)
    @Nullable FieldDevice authenticate(String username, String secret) {
        return devices.byUsername(username)
                .filter(found -> found.device().active() && found.missionStatus() == CaptureMissionStatus.OPEN)
                .filter(found -> passwords.matches(secret, found.secretHash()))
                .map(found -> new FieldDevice(found.device().id(), found.device().mission(), username))
                .orElse(null);
    }

    private Receipt refuse(FieldDevice device, String formId, Receipt.Outcome outcome, String reason) {
        events.publishEvent(new SubmissionRefused(device.device(), formId, reason));
        return Receipt.refused(outcome, reason);
    }

    private CaptureMissions.Mission openMission(CaptureMissionId id) {
        var mission = missions.find(id).orElseThrow(() -> new NotFound("mission", id));
        if (mission.status() != CaptureMissionStatus.OPEN) {
            throw new FieldVoiceRefused("fieldvoice.refused.mission-closed");
        }
        return mission;
    }

    private FormSummary summary(CaptureMissions.PublishedForm form, CaptureMissions.Mission mission) {
        return new FormSummary(form.formId(), form.template(), form.version(), form.mission(), form.publishedAt(),
                XForms.md5Hash(xform(form, mission)));
    }

    private byte[] xform(CaptureMissions.PublishedForm form, CaptureMissions.Mission mission) {
        var publicKey = OdkEncryption.base64PublicKey(OdkEncryption.publicKey(mission.publicKey()));
        return XForms.write(form.template(), form.formId(), publicKey, (language, key) -> text(language, key, key));
    }

    private String text(Language language, String key, String fallback) {
        return messages.getMessage(key, null, fallback, language.locale());
    }

    private static String childText(Element root, String name) {
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && name.equals(element.getLocalName())) {
                return element.getTextContent().strip();
            }
        }
        return "";
    }

    private static String random(int length) {
        var text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(BASE32.charAt(RANDOM.nextInt(BASE32.length())));
        }
        return text.toString();
    }

    /** Collect's settings QR code content: the settings JSON, zlib-compressed, in base64. */
    private String collectSettings(String username, String secret) {
        var json = "{\"general\":{\"server_url\":\"" + jsonText(serverUrl) + "\",\"username\":\"" + username
                + "\",\"password\":\"" + secret + "\"},\"admin\":{},\"project\":{\"name\":\"Custodes\"}}";
        var deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(json.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        var out = new ByteArrayOutputStream();
        var buffer = new byte[512];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static String jsonText(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
