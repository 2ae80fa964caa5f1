/** Pages and JSON of training: the secretariat's courses, a company's personnel, the learner's pages, verification. */
@NullMarked
package org.custodes.training.web;

import org.jspecify.annotations.NullMarked;
