/** The public directory's pages (search, company profile, verification), its JSON API, and a client's watchlists. */
@NullMarked
package org.custodes.directory.web;

import org.jspecify.annotations.NullMarked;
