/**
 * The personnel a company trains: people enrolled without e-mail, access codes for a shared phone, and the
 * personnel file a company uploads (checked row by row).
 */
@NullMarked
package org.custodes.training.personnel;

import org.jspecify.annotations.NullMarked;
