/**
 * Accounts: creating, listing and administering people, their roles, passwords and preferences, and who is calling
 * the facade. Internal to identity: other modules see the facade in the base package.
 */
@NullMarked
package org.custodes.identity.account;

import org.jspecify.annotations.NullMarked;
