package uk.stpartnership.uiapi.pages;

import io.micronaut.http.HttpRequest;

/** Which requests are for the pages: everything but the JSON API, the services' internal API, the API document, assets and health. */
public final class PageRoutes {

    private PageRoutes() {
    }

    public static boolean isPage(HttpRequest<?> request) {
        String path = request.getPath();
        return !(path.startsWith("/api/") || path.equals("/api") || path.startsWith("/internal/") || path.startsWith("/swagger/")
                || path.startsWith("/assets/")
                || path.equals("/health") || path.startsWith("/health/"));
    }
}
