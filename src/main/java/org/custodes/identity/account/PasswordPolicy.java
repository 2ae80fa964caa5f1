package org.custodes.identity.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.custodes.identity.PasswordRefused;

/**
 * The rules for a password a person chooses: long enough to resist guessing (ASVS 6.2.1, 12 characters here), short
 * enough to bound hashing work, not the e-mail address, and not one of the 1,000 most common passwords (6.2.12).
 */
@Component
public class PasswordPolicy {

    static final int MINIMUM_LENGTH = 12;
    static final int MAXIMUM_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        this(load("identity/common-passwords.txt"));
    }

    PasswordPolicy(Set<String> common) {
        this.common = common.stream().map(PasswordPolicy::normalised).collect(Collectors.toUnmodifiableSet());
    }

    public void check(String password, String email) {
        var length = password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH) {
            throw new PasswordRefused("identity.password.too-short", MINIMUM_LENGTH);
        }
        if (length > MAXIMUM_LENGTH) {
            throw new PasswordRefused("identity.password.too-long", MAXIMUM_LENGTH);
        }
        var candidate = normalised(password);
        if (candidate.equals(normalised(email)) || candidate.equals(normalised(localPart(email)))) {
            throw new PasswordRefused("identity.password.is-email");
        }
        if (common.contains(candidate)) {
            throw new PasswordRefused("identity.password.too-common");
        }
    }

    int commonPasswords() {
        return common.size();
    }

    private static String localPart(String email) {
        var at = email.indexOf('@');
        return at > 0 ? email.substring(0, at) : email;
    }

    private static String normalised(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> load(String resource) {
        try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(resource).getInputStream(),
                StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords is missing from the build", e);
        }
    }
}
