package io.switchboard.interfaces.rest.http;

import io.switchboard.application.view.Page;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 8288 links on every page of a collection (first, prev, next, last), built from the request's
 * own address, so that a client pages with the filters it sent without knowing the parameters.
 */
@Provider
public class PageLinks implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Page<?> page) || response.getStatus() != 200) {
            return;
        }
        UriBuilder self = request.getUriInfo().getRequestUriBuilder();
        long last = Math.max(1, (page.total() + page.pageSize() - 1) / page.pageSize());
        List<String> links = new ArrayList<>();
        links.add(link(self, 1, page.pageSize(), "first"));
        if (page.page() > 1) {
            links.add(link(self, Math.min(page.page() - 1, last), page.pageSize(), "prev"));
        }
        if (page.page() < last) {
            links.add(link(self, page.page() + 1, page.pageSize(), "next"));
        }
        links.add(link(self, last, page.pageSize(), "last"));
        response.getHeaders().putSingle("Link", String.join(", ", links));
    }

    private static String link(UriBuilder self, long page, int pageSize, String rel) {
        return "<"
                + self.clone()
                        .replaceQueryParam("page", page)
                        .replaceQueryParam("pageSize", pageSize)
                        .build()
                + ">; rel=\"" + rel + "\"";
    }
}
