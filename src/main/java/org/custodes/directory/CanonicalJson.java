package org.custodes.directory;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Writes JSON in the canonical form of RFC 8785 (JCS) for the values the directory signs: objects (members sorted
 * by key), arrays, strings, booleans and null. Numbers are deliberately absent from signed documents (dates and
 * counts travel as strings), so the one hard part of JCS, number formatting, never arises.
 */
final class CanonicalJson {

    private CanonicalJson() {
    }

    static String write(@Nullable Object value) {
        var out = new StringBuilder(256);
        write(value, out);
        return out.toString();
    }

    private static void write(@Nullable Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case String text -> string(text, out);
            case Boolean flag -> out.append(flag);
            case Map<?, ?> map -> {
                out.append('{');
                var first = true;
                // JCS sorts by UTF-16 code units, which is String's natural order.
                for (var entry : new TreeMap<String, Object>(keys(map)).entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    string(entry.getKey(), out);
                    out.append(':');
                    write(entry.getValue(), out);
                }
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(list.get(i), out);
                }
                out.append(']');
            }
            default -> throw new IllegalArgumentException("Not a canonical JSON value: " + value.getClass().getName());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> keys(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    static String string(String text) {
        var out = new StringBuilder(text.length() + 2);
        string(text, out);
        return out.toString();
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
