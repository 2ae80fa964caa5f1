/**
 * Board resolutions: drafting one on a matter, the voting window, directors' votes and recusals, the quorum and
 * majority rules, and the tally that carries or fails it.
 */
@NullMarked
package org.custodes.governance.resolution;

import org.jspecify.annotations.NullMarked;
