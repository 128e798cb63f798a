package uk.stpartnership.uiapi.pages.govuk;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Links to the pages of a list: previous, the numbered pages (with gaps), next. Page numbers shown start at 1. */
public record Pagination(@Nullable String previous, @Nullable String next, List<Item> items) {

    /** A numbered page, or a gap ("⋯") when {@code href} is null. */
    public record Item(int number, @Nullable String href, boolean current) {
    }

    /**
     * @param page  the page shown, from 0
     * @param pages how many pages there are
     * @param href  the address of a page, from 0
     */
    public static Pagination of(int page, int pages, IntFunction<String> href) {
        List<Item> items = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            boolean near = Math.abs(p - page) <= 1 || p == 0 || p == pages - 1;
            if (near) {
                items.add(new Item(p + 1, href.apply(p), p == page));
            } else if (items.isEmpty() || items.get(items.size() - 1).href() != null) {
                items.add(new Item(0, null, false));
            }
        }
        return new Pagination(page > 0 ? href.apply(page - 1) : null, page < pages - 1 ? href.apply(page + 1) : null, items);
    }

    public boolean needed() {
        return items.size() > 1;
    }
}
