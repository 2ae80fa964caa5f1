/** The Code's and the indicator library's pages and JSON API; both go through {@link org.custodes.framework.FrameworkService}. */
@NullMarked
package org.custodes.framework.web;

import org.jspecify.annotations.NullMarked;
