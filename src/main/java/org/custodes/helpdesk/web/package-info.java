/** The helpdesk's pages and JSON API: asking the secretariat, following one's requests, the secretariat's queue. */
@NullMarked
package org.custodes.helpdesk.web;

import org.jspecify.annotations.NullMarked;
