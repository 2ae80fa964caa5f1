package org.custodes.shared;

/**
 * The one pagination convention of pages and API alike: {@code page} counts from 0, {@code size} is capped.
 */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static PageQuery first() {
        return new PageQuery(0, DEFAULT_SIZE);
    }

    public long offset() {
        return (long) page * size;
    }
}
