/**
 * The complaint pages (the public form without JavaScript, follow-up with a receipt, the case desk, the company's and
 * the custodian's views, statistics), the intake's draft and client-key helpers, and the JSON API.
 */
@NullMarked
package org.custodes.complaint.web;

import org.jspecify.annotations.NullMarked;
