/**
 * The recognised certification standards (such as ISO 18788 and ANSI/ASIS PSC.1): their codes, names and which are
 * open for new certificates.
 */
@NullMarked
package org.custodes.certification.standard;

import org.jspecify.annotations.NullMarked;
