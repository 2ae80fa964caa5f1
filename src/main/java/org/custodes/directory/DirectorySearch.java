package org.custodes.directory;

import java.util.Locale;

import org.custodes.organisation.SecurityService;
import org.custodes.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/** The filters of the public directory; a null filter does not filter. */
public record DirectorySearch(@Nullable String name, @Nullable CountryCode country, @Nullable SecurityService service,
        @Nullable Standing standing) {

    public DirectorySearch {
        name = name == null || name.isBlank() ? null : name.strip().toLowerCase(Locale.ROOT);
    }

    public static DirectorySearch everything() {
        return new DirectorySearch(null, null, null, null);
    }
}
