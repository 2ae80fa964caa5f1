package org.custodes.shared;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of a JSON endpoint into RFC 9457 problem details in the caller's language. Nothing internal
 * (stack trace, SQL, class names) ever reaches the body.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private static final String TYPE_BASE = "https://custodes.org/problems/";

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", text("problem.not-found"));
    }

    @ExceptionHandler
    ProblemDetail ruleViolated(BusinessRuleViolation e) {
        var message = messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale());
        var problem = problem(HttpStatusCode.valueOf(422), "business-rule", message);
        // A rule about one field names it, in the same shape as the invalid-request errors, so a client can show it there.
        var field = e.field();
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        }
        return problem;
    }

    /** Spring Security decides these; rethrowing lets its entry points answer 401 or 403. */
    @ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
    void security(RuntimeException e) {
        throw e;
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception e) {
        log.error("Unhandled error in API request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", text("problem.internal"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
                .toList();
        var problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", text("problem.invalid-request"));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(@org.jspecify.annotations.Nullable Object body,
            HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        // Spring's own problem bodies may quote parser messages; replace them with our generic, translated text.
        if (body instanceof ProblemDetail) {
            var safe = problem(statusCode, statusCode.is4xxClientError() ? "invalid-request" : "internal",
                    text(statusCode.is4xxClientError() ? "problem.invalid-request" : "problem.internal"));
            return new ResponseEntity<>(safe, headers, statusCode);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ProblemDetail problem(HttpStatusCode status, String type, String detail) {
        return problem(messages, status, type, detail);
    }

    private String text(String key) {
        return text(messages, key);
    }

    static ProblemDetail problem(MessageSource messages, HttpStatusCode status, String type, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(text(messages, "problem.title." + type));
        return problem;
    }

    static String text(MessageSource messages, String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
