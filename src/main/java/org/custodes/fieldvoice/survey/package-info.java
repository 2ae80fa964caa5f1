/**
 * Worker voice: anonymous, audio-assisted surveys of a company's personnel. The secretariat designs surveys (10 to 20
 * questions, texts and recordings per language), opens rounds for companies and countries, and distributes one short
 * link per company and country; anyone with the link answers without an account, and nothing that names them is kept.
 * Results are shown only where enough answers stand behind a figure ({@link Disclosure}).
 */
@NullMarked
package org.custodes.fieldvoice.survey;

import org.jspecify.annotations.NullMarked;
