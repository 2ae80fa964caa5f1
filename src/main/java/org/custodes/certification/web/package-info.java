/**
 * The certification pages (standards, certification bodies, certificates and audits, applications, the public
 * certificate and attestation), their form-error helper, and the JSON API.
 */
@NullMarked
package org.custodes.certification.web;

import org.jspecify.annotations.NullMarked;
