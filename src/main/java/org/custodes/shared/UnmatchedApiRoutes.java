package org.custodes.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Requests under {@code /api/} that match no operation (an unknown path, a method the path does not take) fail
 * before any controller is chosen, so {@link ApiProblems}, which serves our API controllers, never sees them and
 * the container's generic JSON would answer. They get problem details like every other API error; a page address
 * that matches nothing is left to the error pages.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnmatchedApiRoutes {

    private final MessageSource messages;

    UnmatchedApiRoutes(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
    ResponseEntity<Object> noSuchOperation(Exception e, HttpServletRequest request) throws Exception {
        return answer(e, request, HttpStatus.NOT_FOUND, "not-found", "problem.not-found");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Object> methodNotTaken(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws Exception {
        var answer = answer(e, request, HttpStatus.METHOD_NOT_ALLOWED, "invalid-request", "problem.invalid-request");
        var allowed = e.getSupportedHttpMethods();
        return allowed == null ? answer : ResponseEntity.status(answer.getStatusCode()).allow(allowed.toArray(
                org.springframework.http.HttpMethod[]::new)).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(answer.getBody());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Object> bodyTypeNotTaken(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
            throws Exception {
        return answer(e, request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "invalid-request", "problem.invalid-request");
    }

    /** Rethrowing the same exception hands it back to Spring's own resolvers, which send pages to the error page. */
    private ResponseEntity<Object> answer(Exception e, HttpServletRequest request, HttpStatus status, String type,
            String detailKey) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
        var problem = ApiProblems.problem(messages, status, type, ApiProblems.text(messages, detailKey));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
