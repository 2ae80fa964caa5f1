/**
 * The General Assembly: convening it with its agenda and the notice to members, the chair, and the minutes
 * recorded and approved.
 */
@NullMarked
package org.custodes.governance.assembly;

import org.jspecify.annotations.NullMarked;
