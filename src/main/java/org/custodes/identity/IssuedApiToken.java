package org.custodes.identity;

/** A token just created: the only time its secret is shown. */
public record IssuedApiToken(ApiTokenSummary token, String secret) {

    @Override
    public String toString() {
        return "IssuedApiToken[" + token.id() + ", " + token.prefix() + "…]";
    }
}
