package uk.stpartnership.workflow.listing;

import io.micronaut.data.model.Pageable;
import uk.stpartnership.web.ProblemException;

/**
 * A page asked for in a query: page number from 0 to MAX_PAGE, at most MAX_SIZE items. Bad values are a 400 naming
 * the parameter; the caps keep page × size far inside an int.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 10_000;

    public PageRequest {
        if (page < 0 || page > MAX_PAGE) {
            throw ProblemException.badField("page", "must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.badField("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    /** The same bounds for a page parameter with another name (a response with several lists). */
    public static PageRequest of(String pageParameter, int page, int size) {
        if (page < 0 || page > MAX_PAGE) {
            throw ProblemException.badField(pageParameter, "must be between 0 and " + MAX_PAGE);
        }
        return new PageRequest(page, size);
    }

    public int offset() {
        return page * size;
    }

    /** The same page for a repository; its order is the query's own. */
    public Pageable pageable() {
        return Pageable.from(page, size);
    }
}
