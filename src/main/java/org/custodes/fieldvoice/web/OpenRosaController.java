package org.custodes.fieldvoice.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;
import org.custodes.fieldvoice.FieldDevice;
import org.custodes.fieldvoice.FieldVoiceService;
import org.custodes.fieldvoice.Receipt;
import org.custodes.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The OpenRosa API as ODK Collect uses it, under the server URL {@code <base>/openrosa}: the form list (OpenRosa
 * Form List API), each form's XForm and manifest, and submission (OpenRosa Form Submission API: HEAD pre-flight,
 * multipart POST with xml_submission_file and the files). Every answer carries {@code X-OpenRosa-Version: 1.0}.
 */
@RestController
@RequestMapping("/openrosa")
@PreAuthorize("hasAuthority('fieldvoice:device')")
class OpenRosaController {

    static final String VERSION_HEADER = "X-OpenRosa-Version";
    static final String FORM_LIST = "http://openrosa.org/xforms/xformsList";
    static final String MANIFEST = "http://openrosa.org/xforms/xformsManifest";
    static final String RESPONSE = "http://openrosa.org/http/response";
    private static final MediaType XML = new MediaType("text", "xml", StandardCharsets.UTF_8);

    private final FieldVoiceService fieldVoice;
    private final MessageSource messages;
    private final String base;
    private final long acceptContentLength;

    OpenRosaController(FieldVoiceService fieldVoice, MessageSource messages, @Value("${custodes.base-url}") String baseUrl,
            @Value("${spring.servlet.multipart.max-request-size:60MB}") org.springframework.util.unit.DataSize maximum) {
        this.fieldVoice = fieldVoice;
        this.messages = messages;
        this.base = baseUrl.replaceAll("/+$", "") + "/openrosa";
        this.acceptContentLength = maximum.toBytes();
    }

    @GetMapping("/formList")
    ResponseEntity<byte[]> formList(@AuthenticationPrincipal FieldDevice device,
            @RequestParam(name = "formID", required = false) @Nullable String formId) {
        var xml = xml(writer -> {
            writer.writeStartElement("xforms");
            writer.writeDefaultNamespace(FORM_LIST);
            for (var form : fieldVoice.formsFor(device)) {
                if (formId != null && !formId.equals(form.formId())) {
                    continue; // the Form List API's optional filter on one form
                }
                writer.writeStartElement("xform");
                element(writer, "formID", form.formId());
                element(writer, "name", messages.getMessage(form.template().titleKey(), null, Locale.ENGLISH));
                element(writer, "version", form.version());
                element(writer, "hash", form.hash());
                element(writer, "downloadUrl", base + "/forms/" + form.formId() + "/form.xml");
                element(writer, "manifestUrl", base + "/forms/" + form.formId() + "/manifest");
                writer.writeEndElement();
            }
            writer.writeEndElement();
        });
        return ok(xml);
    }

    @GetMapping("/forms/{formId}/form.xml")
    ResponseEntity<byte[]> form(@AuthenticationPrincipal FieldDevice device, @PathVariable String formId) {
        return ok(fieldVoice.formDocument(device, formId).xml());
    }

    /** Mission forms have no media files (no images or audio in their questions), so the manifest is empty. */
    @GetMapping("/forms/{formId}/manifest")
    ResponseEntity<byte[]> manifest(@AuthenticationPrincipal FieldDevice device, @PathVariable String formId) {
        fieldVoice.formDocument(device, formId);
        return ok(xml(writer -> {
            writer.writeStartElement("manifest");
            writer.writeDefaultNamespace(MANIFEST);
            writer.writeEndElement();
        }));
    }

    @RequestMapping(path = "/submission", method = RequestMethod.HEAD)
    ResponseEntity<Void> preflight() {
        return ResponseEntity.noContent().header(VERSION_HEADER, "1.0")
                .header("X-OpenRosa-Accept-Content-Length", Long.toString(acceptContentLength))
                .header("Location", base + "/submission").build();
    }

    @RequestMapping(path = "/submission", method = RequestMethod.POST)
    ResponseEntity<byte[]> submit(@AuthenticationPrincipal FieldDevice device, HttpServletRequest request)
            throws IOException {
        var multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        var manifest = multipart == null ? null : multipart.getFile("xml_submission_file");
        if (manifest == null) {
            return response(HttpStatus.BAD_REQUEST, "fieldvoice.refusal.no-xml");
        }
        var files = new HashMap<String, byte[]>();
        for (var part : multipart.getMultiFileMap().values()) {
            for (var file : part) {
                if (file.getOriginalFilename() != null && file != manifest) {
                    files.put(file.getOriginalFilename(), file.getBytes());
                }
            }
        }
        var receipt = fieldVoice.receive(device, manifest.getBytes(), files);
        return response(HttpStatus.valueOf(receipt.outcome().status()), switch (receipt.outcome()) {
            case STORED -> "fieldvoice.openrosa.stored";
            case DUPLICATE -> "fieldvoice.openrosa.duplicate";
            default -> receipt.refusal();
        });
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<byte[]> notFound() {
        return response(HttpStatus.NOT_FOUND, "fieldvoice.openrosa.no-form");
    }

    /** The OpenRosa response body: one message, in English, the language Collect shows server messages in. */
    private ResponseEntity<byte[]> response(HttpStatus status, @Nullable String key) {
        var text = key == null ? "" : messages.getMessage(key, null, key, Locale.ENGLISH);
        var xml = xml(writer -> {
            writer.writeStartElement("OpenRosaResponse");
            writer.writeDefaultNamespace(RESPONSE);
            writer.writeStartElement("message");
            writer.writeAttribute("nature", status.is2xxSuccessful() ? "submit_success" : "error");
            writer.writeCharacters(text);
            writer.writeEndElement();
            writer.writeEndElement();
        });
        return ResponseEntity.status(status).header(VERSION_HEADER, "1.0").contentType(XML).body(xml);
    }

    private static ResponseEntity<byte[]> ok(byte[] xml) {
        return ResponseEntity.ok().header(VERSION_HEADER, "1.0").contentType(XML).body(xml);
    }

    private static void element(XMLStreamWriter writer, String name, String text) throws XMLStreamException {
        writer.writeStartElement(name);
        writer.writeCharacters(text);
        writer.writeEndElement();
    }

    private interface XmlBody {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static byte[] xml(XmlBody body) {
        try {
            var out = new ByteArrayOutputStream();
            var writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            body.write(writer);
            writer.writeEndDocument();
            writer.close();
            return out.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("An XML answer in memory could not be written", e);
        }
    }
}
