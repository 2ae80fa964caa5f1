package org.custodes.fieldvoice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The XML part (xml_submission_file) of an encrypted submission: the submission manifest of the ODK encryption
 * specification, in the {@code http://opendatakit.org/submissions} namespace.
 */
record SubmissionManifest(String formId, @Nullable String version, String instanceId, String base64EncryptedKey,
        List<String> mediaFiles, String encryptedXmlFile, String base64EncryptedElementSignature) {

    static final String NAMESPACE = "http://opendatakit.org/submissions";

    /** Reads the manifest; anything but a complete encrypted-submission manifest is refused. */
    static SubmissionManifest parse(byte[] xml) {
        var root = parseXml(xml).getDocumentElement();
        if (!"data".equals(root.getLocalName()) || !"yes".equals(root.getAttribute("encrypted"))) {
            throw new SubmissionUnreadable("fieldvoice.refusal.not-encrypted");
        }
        var formId = root.getAttribute("id");
        var version = root.getAttribute("version");
        var key = text(root, "base64EncryptedKey");
        var instanceId = instanceId(root);
        var xmlFile = text(root, "encryptedXmlFile");
        var signature = text(root, "base64EncryptedElementSignature");
        if (formId.isBlank() || key == null || instanceId == null || xmlFile == null || signature == null) {
            throw new SubmissionUnreadable("fieldvoice.refusal.malformed");
        }
        var media = new ArrayList<String>();
        var files = root.getElementsByTagNameNS("*", "file");
        for (int i = 0; i < files.getLength(); i++) {
            if ("media".equals(files.item(i).getParentNode().getLocalName())) {
                media.add(files.item(i).getTextContent().trim());
            }
        }
        return new SubmissionManifest(formId, version.isBlank() ? null : version, instanceId, key, List.copyOf(media),
                xmlFile, signature);
    }

    /** The manifest as Collect writes it. */
    static byte[] write(String formId, @Nullable String version, String instanceId, String encryptedKey,
            List<String> mediaFiles, String encryptedXmlFile, String signature) {
        var document = XForms.newDocument();
        var root = document.createElementNS(NAMESPACE, "data");
        root.setAttribute("id", formId);
        if (version != null) {
            root.setAttribute("version", version);
        }
        root.setAttribute("encrypted", "yes");
        document.appendChild(root);
        append(root, NAMESPACE, "base64EncryptedKey").setTextContent(encryptedKey);
        var meta = append(root, XForms.OPENROSA, "orx:meta");
        append(meta, XForms.OPENROSA, "orx:instanceID").setTextContent(instanceId);
        for (var file : mediaFiles) {
            append(append(root, NAMESPACE, "media"), NAMESPACE, "file").setTextContent(file);
        }
        append(root, NAMESPACE, "encryptedXmlFile").setTextContent(encryptedXmlFile);
        append(root, NAMESPACE, "base64EncryptedElementSignature").setTextContent(signature);
        return XForms.serialise(document);
    }

    /** Parses XML from a device with no DTD, no external entities and no XInclude. */
    static Document parseXml(byte[] xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw new SubmissionUnreadable("fieldvoice.refusal.malformed");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser supports secure processing", e);
        }
    }

    private static @Nullable String instanceId(Element root) {
        var ids = root.getElementsByTagNameNS("*", "instanceID");
        if (ids.getLength() > 0 && !ids.item(0).getTextContent().isBlank()) {
            return ids.item(0).getTextContent().trim();
        }
        var attribute = root.getAttribute("instanceID");
        return attribute.isBlank() ? null : attribute;
    }

    private static @Nullable String text(Element root, String name) {
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && name.equals(element.getLocalName())) {
                var value = element.getTextContent().trim();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    private static Element append(Element parent, String namespace, String name) {
        var element = parent.getOwnerDocument().createElementNS(namespace, name);
        parent.appendChild(element);
        return element;
    }
}
