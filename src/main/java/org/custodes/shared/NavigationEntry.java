package org.custodes.shared;

import org.jspecify.annotations.Nullable;

/**
 * A link in the signed-in navigation, shown to those who hold the permission (everyone when it is null); entries
 * appear in the order of {@code order}, which leaves gaps of ten so that a module can place an entry between others.
 */
public record NavigationEntry(int order, String messageKey, String path, @Nullable String permission) {
}
