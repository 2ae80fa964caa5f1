package org.custodes.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import org.custodes.shared.Language;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language of a page: the one chosen with {@code ?lang=} (kept in a cookie), else the browser's preference
 * among the shipped languages, else English.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final String COOKIE = "custodes-lang";

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver(COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setCookieHttpOnly(true);
        resolver.setDefaultLocaleFunction(request -> browserPreference(request.getHeader("Accept-Language")));
        return resolver;
    }

    static Locale browserPreference(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            var supported = Arrays.stream(Language.values()).map(Language::locale).toList();
            var match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), supported);
            return match != null ? match : Locale.ENGLISH;
        } catch (IllegalArgumentException malformedHeader) {
            return Locale.ENGLISH;
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
