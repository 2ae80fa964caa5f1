/** The governance pages (the public Board, resolutions and votes, the electorate) and its JSON API. */
@NullMarked
package org.custodes.governance.web;

import org.jspecify.annotations.NullMarked;
