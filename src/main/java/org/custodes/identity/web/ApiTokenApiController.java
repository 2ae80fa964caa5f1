package org.custodes.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.custodes.identity.ApiTokenId;
import org.custodes.identity.ApiTokenSummary;
import org.custodes.identity.CreateApiToken;
import org.custodes.identity.IdentityService;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own personal API tokens. */
@RestController
@RequestMapping("/api/v1/identity/tokens")
class ApiTokenApiController {

    record CreateApiTokenRequest(@NotBlank(message = "{identity.token.name.required}")
            @Size(max = 100, message = "{identity.token.name.size}") String name, @Nullable LocalDate expiresOn) {
    }

    record ApiTokenView(UUID id, String name, String prefix, Instant createdAt, @Nullable Instant lastUsedAt,
            @Nullable Instant expiresAt) {

        static ApiTokenView of(ApiTokenSummary token) {
            return new ApiTokenView(token.id().value(), token.name(), token.prefix(), token.createdAt(),
                    token.lastUsedAt(), token.expiresAt());
        }
    }

    /** The one response that carries the secret; it cannot be read again. */
    record CreatedApiToken(UUID id, String name, String prefix, Instant createdAt, @Nullable Instant expiresAt,
            String token) {

        @Override
        public String toString() {
            return "CreatedApiToken[" + id + "]";
        }
    }

    private final IdentityService identity;

    ApiTokenApiController(IdentityService identity) {
        this.identity = identity;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    PageResult<ApiTokenView> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return identity.apiTokens(new PageQuery(page, size)).map(ApiTokenView::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("isAuthenticated()")
    CreatedApiToken create(@Valid @RequestBody CreateApiTokenRequest request) {
        var issued = identity.createApiToken(new CreateApiToken(request.name(), request.expiresOn()));
        var token = issued.token();
        return new CreatedApiToken(token.id().value(), token.name(), token.prefix(), token.createdAt(),
                token.expiresAt(), issued.secret());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("isAuthenticated()")
    void revoke(@PathVariable UUID id) {
        identity.revokeApiToken(new ApiTokenId(id));
    }
}
