/**
 * Certification bodies: who they are, by which accreditation route they are recognised, and whether they are
 * active, suspended or withdrawn.
 */
@NullMarked
package org.custodes.certification.body;

import org.jspecify.annotations.NullMarked;
