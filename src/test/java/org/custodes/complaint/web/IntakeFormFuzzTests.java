package org.custodes.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.custodes.complaint.DraftSeal;
import org.custodes.shared.Language;
import org.custodes.shared.MasterKey;
import org.custodes.shared.OrganisationId;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.WebDataBinder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public complaint form as the page controller takes it: posted fields bound onto {@link IntakeForm} (any
 * names, any values), every step checked, then the command built; and the sealed draft a browser sends back. Each
 * step either passes or lists errors, a form valid in every step always makes a command, and a draft either opens
 * or is ignored: no exception escapes.
 */
class IntakeFormFuzzTests {

    private static final List<String> FIELDS = List.of("step", "draft", "submissionKey", "role", "contact", "name",
            "email", "phone", "organisation", "companyQuery", "companyId", "companyDescription", "category",
            "description", "when", "country", "place", "harm", "grievanceRaised", "grievanceOutcome", "remedySought");
    private static final List<String> WORDS = List.of("AFFECTED_PERSON", "WITNESS", "ANONYMOUS", "CONFIDENTIAL", "OPEN",
            "YES", "NOT_SURE", "USE_OF_FORCE", "OTHER", "gb", "KE ", "XX", "a@b.example", "", " ", "2", "99", "-1",
            "Guards beat us at the gate.", UUID.randomUUID().toString());
    private static final LocalValidatorFactoryBean VALIDATOR = validator();
    private static final IntakeDrafts DRAFTS = new IntakeDrafts(new DraftSeal(randomMasterKey(), Clock.systemUTC()),
            JsonMapper.builder().build());
    private static final DefaultFormattingConversionService CONVERSIONS = new DefaultFormattingConversionService();

    @FuzzTest
    void postedForm(FuzzedDataProvider data) {
        var posted = new IntakeForm();
        var binder = new WebDataBinder(posted, "posted");
        binder.setConversionService(CONVERSIONS);
        var values = new MutablePropertyValues();
        var count = data.consumeInt(0, 40);
        for (var i = 0; i < count; i++) {
            var field = data.consumeBoolean() ? data.pickValue(FIELDS) : data.consumeString(30);
            values.add(field, data.consumeBoolean() ? data.pickValue(WORDS) : data.consumeString(400));
        }
        binder.bind(values);

        var form = new IntakeForm();
        var valid = true;
        for (var step = 1; step < IntakeForm.STEPS; step++) {
            form.take(step, posted);
            var errors = new BeanPropertyBindingResult(form, "form");
            var passed = IntakePageController.validStep(VALIDATOR, form, step, errors, IntakeFormFuzzTests::knownCompany);
            assertThat(passed).isEqualTo(!errors.hasErrors());
            valid &= passed;
        }
        if (valid) {
            var command = IntakePageController.command(form, knownCompany(form), Language.FR, List.of());
            assertThat(command.narrative().whatHappened()).isNotBlank();
            assertThat(command.company() != null || command.narrative().companyDescription() != null).isTrue();
        }
        DRAFTS.open(DRAFTS.seal(form)).orElseThrow();
    }

    @FuzzTest
    void sealedDraft(byte[] draft) {
        assertThat(DRAFTS.open(new String(draft, StandardCharsets.UTF_8))).isEmpty();
    }

    /** The page keeps a chosen company only if it exists; here any well-formed id does. */
    private static OrganisationId knownCompany(IntakeForm form) {
        try {
            return form.getCompanyId() == null ? null : OrganisationId.of(form.getCompanyId());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static MasterKey randomMasterKey() {
        var key = new byte[32];
        new SecureRandom().nextBytes(key);
        return MasterKey.load(Base64.getEncoder().encodeToString(key), Path.of("unused"));
    }

    private static LocalValidatorFactoryBean validator() {
        var validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        return validator;
    }
}
