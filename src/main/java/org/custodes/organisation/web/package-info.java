/** The organisation registry's pages and JSON API; both go through {@link org.custodes.organisation.OrganisationService}. */
@NullMarked
package org.custodes.organisation.web;

import org.jspecify.annotations.NullMarked;
