package org.custodes.web;

import org.jspecify.annotations.Nullable;

/** A link in the signed-in navigation, shown to those who hold the permission (everyone when it is null). */
record NavigationEntry(String messageKey, String path, @Nullable String permission) {
}
