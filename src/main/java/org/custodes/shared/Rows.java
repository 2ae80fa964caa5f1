package org.custodes.shared;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The persistence kit's mappings between JDBC's types and ours, written once for every repository: a nullable
 * column stays null, and an enum column is read by its constant's name.
 */
public final class Rows {

    private Rows() {
    }

    public static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    public static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        return instant(row.getTimestamp(column));
    }

    public static @Nullable LocalDate date(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    public static @Nullable LocalDate date(ResultSet row, String column) throws SQLException {
        return date(row.getDate(column));
    }

    public static @Nullable Date sqlDate(@Nullable LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    public static <E extends Enum<E>> @Nullable E enumOrNull(Class<E> type, @Nullable String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
