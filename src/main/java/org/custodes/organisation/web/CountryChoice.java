package org.custodes.organisation.web;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.custodes.shared.CountryCode;

/** A country as a form offers it: its code and its name in the page's language. */
record CountryChoice(String code, String name) {

    /** Every known country, sorted the way a reader of {@code language} expects. */
    static List<CountryChoice> all(Locale language) {
        return sorted(CountryCode.all().stream().map(CountryCode::new).toList(), language);
    }

    static List<CountryChoice> sorted(Collection<CountryCode> countries, Locale language) {
        var collator = Collator.getInstance(language);
        return countries.stream()
                .map(country -> new CountryChoice(country.value(), country.displayName(language)))
                .sorted(Comparator.comparing(CountryChoice::name, collator))
                .toList();
    }
}
