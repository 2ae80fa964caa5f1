/**
 * The case workflow: the case aggregate and its steps (acknowledged, admissible, under examination, resolved or
 * referred), the deadlines each step owes, the events it records, and the statistics kept of it.
 */
@NullMarked
package org.custodes.complaint.workflow;

import org.jspecify.annotations.NullMarked;
