package org.custodes.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A code typed from an authenticator app, or a recovery code where one is accepted. */
record CodeForm(@NotBlank(message = "{second-factor.code.required}") @Size(max = 40, message = "{second-factor.code.too-long}") String code) {

    static CodeForm empty() {
        return new CodeForm("");
    }
}
