/**
 * The membership pages (a company's application and membership, the secretariat's review, the Board's decisions,
 * members, compliance cases with the right of reply, invoices), one form per file, and the JSON API.
 */
@NullMarked
package org.custodes.membership.web;

import org.jspecify.annotations.NullMarked;
