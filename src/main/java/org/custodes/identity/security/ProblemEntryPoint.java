package org.custodes.identity.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Answers the API's 401 and 403 as RFC 9457 problem details. */
public class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final HttpStatus status;

    public ProblemEntryPoint(HttpStatus status) {
        this.status = status;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        write(response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response);
    }

    private void write(HttpServletResponse response) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        var type = status == HttpStatus.UNAUTHORIZED ? "unauthenticated" : "forbidden";
        response.getWriter().write("{\"type\":\"https://custodes.org/problems/" + type + "\",\"title\":\""
                + status.getReasonPhrase() + "\",\"status\":" + status.value() + "}");
    }
}
