/** The monitoring pages (recording and triaging observations, concerns with their dialogue) and its JSON API. */
@NullMarked
package org.custodes.monitoring.web;

import org.jspecify.annotations.NullMarked;
