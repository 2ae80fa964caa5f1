/** The oversight pages (the ranking with each company's reasons and history, the country-risk list) and its JSON API. */
@NullMarked
package org.custodes.oversight.web;

import org.jspecify.annotations.NullMarked;
