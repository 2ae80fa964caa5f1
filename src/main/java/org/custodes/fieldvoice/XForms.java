package org.custodes.fieldvoice;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.BiFunction;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.custodes.shared.Language;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a mission form as an ODK XForm (ODK XForms specification): one itext translation per shipped language,
 * the instance with its {@code meta/instanceID}, binds, body controls, and the {@code submission} element carrying
 * the mission's RSA public key so that Collect encrypts every submission.
 */
final class XForms {

    static final String XFORMS = "http://www.w3.org/2002/xforms";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String JAVAROSA = "http://openrosa.org/javarosa";
    static final String OPENROSA = "http://openrosa.org/xforms";

    private XForms() {
    }

    /** The XForm of a form published for a mission; {@code text} gives a message key's text in a language. */
    static byte[] write(FormTemplate template, String formId, String base64RsaPublicKey,
            BiFunction<Language, String, String> text) {
        var document = newDocument();
        var html = document.createElementNS(XHTML, "h:html");
        html.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", XFORMS);
        html.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:h", XHTML);
        html.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:jr", JAVAROSA);
        html.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:orx", OPENROSA);
        document.appendChild(html);
        var head = child(html, XHTML, "h:head");
        child(head, XHTML, "h:title").setTextContent(text.apply(Language.EN, template.titleKey()));
        var model = child(head, XFORMS, "model");

        var itext = child(model, XFORMS, "itext");
        for (var language : Language.values()) {
            var translation = child(itext, XFORMS, "translation");
            // Collect shows "English (en)" style names and takes the two-letter code in brackets as the language.
            translation.setAttribute("lang", language.nativeName() + " (" + language.code() + ")");
            if (language == Language.EN) {
                translation.setAttribute("default", "true()");
            }
            for (var question : template.questions()) {
                textEntry(translation, path(question) + ":label", text.apply(language, template.labelKey(question)));
                if (question.options() != null) {
                    for (var value : question.options().choices()) {
                        textEntry(translation, path(question) + "/" + value + ":label",
                                text.apply(language, FormTemplate.Options.labelKey(value)));
                    }
                }
            }
        }

        var instance = child(model, XFORMS, "instance");
        var data = child(instance, XFORMS, "data");
        data.setAttribute("id", formId);
        data.setAttribute("version", template.version());
        for (var question : template.questions()) {
            child(data, XFORMS, question.name());
        }
        var meta = child(data, XFORMS, "meta");
        child(meta, XFORMS, "instanceID");

        for (var question : template.questions()) {
            var bind = child(model, XFORMS, "bind");
            bind.setAttribute("nodeset", path(question));
            bind.setAttribute("type", question.kind().xformType());
        }
        var idBind = child(model, XFORMS, "bind");
        idBind.setAttribute("nodeset", "/data/meta/instanceID");
        idBind.setAttribute("type", "string");
        idBind.setAttribute("readonly", "true()");
        idBind.setAttributeNS(JAVAROSA, "jr:preload", "uid");

        var submission = child(model, XFORMS, "submission");
        submission.setAttribute("method", "post");
        submission.setAttribute("base64RsaPublicKey", base64RsaPublicKey);

        var body = child(html, XHTML, "h:body");
        for (var question : template.questions()) {
            var control = child(body, XFORMS, switch (question.kind()) {
                case SELECT_ONE -> "select1";
                case IMAGE -> "upload";
                default -> "input";
            });
            control.setAttribute("ref", path(question));
            if (question.kind() == FormTemplate.QuestionKind.IMAGE) {
                control.setAttribute("mediatype", "image/*");
            }
            child(control, XFORMS, "label").setAttribute("ref", "jr:itext('" + path(question) + ":label')");
            if (question.options() != null) {
                for (var value : question.options().choices()) {
                    var item = child(control, XFORMS, "item");
                    child(item, XFORMS, "label").setAttribute("ref", "jr:itext('" + path(question) + "/" + value + ":label')");
                    child(item, XFORMS, "value").setTextContent(value);
                }
            }
        }
        return serialise(document);
    }

    /** The OpenRosa form-list hash of a file: {@code md5:} and the hex digest. */
    static String md5Hash(byte[] content) {
        try {
            return "md5:" + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }

    private static String path(FormTemplate.Question question) {
        return "/data/" + question.name();
    }

    private static void textEntry(Element translation, String id, String value) {
        var entry = child(translation, XFORMS, "text");
        entry.setAttribute("id", id);
        child(entry, XFORMS, "value").setTextContent(value);
    }

    private static Element child(Element parent, String namespace, String name) {
        var element = parent.getOwnerDocument().createElementNS(namespace, name);
        parent.appendChild(element);
        return element;
    }

    static Document newDocument() {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's DOM is always available", e);
        }
    }

    static byte[] serialise(Document document) {
        try {
            var factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            var transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            var out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("An XML document in memory could not be written", e);
        }
    }
}
