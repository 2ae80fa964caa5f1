/**
 * Training for security personnel: multilingual, versioned courses with lessons and quizzes, personnel enrolled by
 * their company and signing in with a code, completions with an Ed25519-signed credential anyone can check offline,
 * and coverage per company kept as aggregates. It does not run workshops, and it does not score self-assessments.
 */
@ApplicationModule(displayName = "Training", allowedDependencies = { "shared", "organisation" })
@NullMarked
package org.custodes.training;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
