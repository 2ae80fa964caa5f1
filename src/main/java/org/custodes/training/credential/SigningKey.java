package org.custodes.training.credential;

/** The published Ed25519 public key, as a JSON Web Key (RFC 8037) so that any JOSE library can use it. */
public record SigningKey(String kty, String crv, String kid, String x, String alg) {
}
