/**
 * External certificates issued by certification bodies: the rules each must meet, recording one or a whole file of
 * them (checked together, then saved), their status and the events that tell others.
 */
@NullMarked
package org.custodes.certification.certificate;

import org.jspecify.annotations.NullMarked;
