/** The field-voice pages (missions, forms, devices, submissions), the OpenRosa endpoints for Collect, and the JSON API. */
@NullMarked
package org.custodes.fieldvoice.web;

import org.jspecify.annotations.NullMarked;
