package org.custodes.training.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

record CodeSignInForm(@Nullable @NotBlank @Size(max = 20) String code) {
}
