package org.custodes.shared;

import java.util.List;
import java.util.function.Function;

/** One page of results with the totals a pager needs; the shape every list in the API returns. */
public record PageResult<T>(List<T> items, int page, int size, long totalItems) {

    public PageResult {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }

    public static <T> PageResult<T> of(List<T> items, PageQuery query, long totalItems) {
        return new PageResult<>(items, query.page(), query.size(), totalItems);
    }
}
