package org.custodes.fieldvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.custodes.shared.Language;
import org.junit.jupiter.api.Test;

class XFormsTests {

    @Test
    void theXFormCarriesEveryLanguageTheInstanceIdAndThePublicKey() {
        var xml = XForms.write(FormTemplate.GUARD_INTERVIEW, "guard_interview_m1", "KEYBASE64",
                (language, key) -> language.code() + ":" + key + " <&>");
        var document = SubmissionManifest.parseXml(xml);
        var translations = document.getElementsByTagNameNS(XForms.XFORMS, "translation");
        assertThat(translations.getLength()).isEqualTo(Language.values().length);
        assertThat(((org.w3c.dom.Element) translations.item(0)).getAttribute("default")).isEqualTo("true()");
        var data = (org.w3c.dom.Element) document.getElementsByTagNameNS(XForms.XFORMS, "data").item(0);
        assertThat(data.getAttribute("id")).isEqualTo("guard_interview_m1");
        assertThat(data.getAttribute("version")).isEqualTo(FormTemplate.GUARD_INTERVIEW.version());
        assertThat(document.getElementsByTagNameNS(XForms.XFORMS, "instanceID").getLength()).isEqualTo(1);
        var submission = (org.w3c.dom.Element) document.getElementsByTagNameNS(XForms.XFORMS, "submission").item(0);
        assertThat(submission.getAttribute("base64RsaPublicKey")).isEqualTo("KEYBASE64");
        assertThat(document.getElementsByTagNameNS(XForms.XFORMS, "select1").getLength())
                .isEqualTo(FormTemplate.GUARD_INTERVIEW.questions().stream()
                        .filter(q -> q.kind() == FormTemplate.QuestionKind.SELECT_ONE).count());
        // Text is escaped by the DOM, never spliced in.
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("ar:fieldvoice.form.guard_interview.consent &lt;&amp;&gt;");
    }

    @Test
    void theSameFormAndKeyAlwaysGiveTheSameHash() {
        var first = XForms.write(FormTemplate.SITE_OBSERVATION, "f", "K", (language, key) -> key);
        var second = XForms.write(FormTemplate.SITE_OBSERVATION, "f", "K", (language, key) -> key);
        assertThat(XForms.md5Hash(first)).isEqualTo(XForms.md5Hash(second)).startsWith("md5:").hasSize(36);
        assertThat(XForms.md5Hash(XForms.write(FormTemplate.SITE_OBSERVATION, "f", "other", (language, key) -> key)))
                .isNotEqualTo(XForms.md5Hash(first));
    }
}
