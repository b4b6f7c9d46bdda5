package cn.luzhi.shared.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Adds X-Request-Id to every answer so a user's report can be matched to the log. */
public class RequestIdFilter {
    @Inject
    RequestId requestId;

    @ServerResponseFilter
    public void addRequestId(ContainerResponseContext response) {
        response.getHeaders().putSingle("X-Request-Id", requestId.get());
    }
}
