package org.custodes.identity.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.Expression;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Deny by default: a route of ours that does not say who may use it ({@code @PreAuthorize} on the method or its
 * class) answers 403 for everyone. The route-inventory test finds such routes before they ship.
 *
 * <p>The route's rule is also checked here, before the request is read: method security alone runs after Spring
 * has bound and validated the body, so a caller without the right would learn from a 400 what the route expects
 * instead of being sent to sign in (401) or refused (403). Rules that name the method's arguments are left to
 * method security, which sees them.
 */
class AccessRuleGate implements HandlerInterceptor {

    private final MethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
    private final Map<String, Expression> parsed = new ConcurrentHashMap<>();

    static boolean hasAccessRule(HandlerMethod handler) {
        return rule(handler) != null;
    }

    static boolean isOurs(HandlerMethod handler) {
        return handler.getBeanType().getName().startsWith("org.custodes.");
    }

    private static @Nullable PreAuthorize rule(HandlerMethod handler) {
        var rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        return rule != null ? rule : AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && isOurs(method)) {
            var rule = rule(method);
            if (rule == null) {
                throw new AccessDeniedException("Route has no access rule");
            }
            if (!rule.value().contains("#") && !allows(rule.value(), method)) {
                throw new AccessDeniedException("Access denied");
            }
        }
        return true;
    }

    private boolean allows(String rule, HandlerMethod handler) {
        var expression = parsed.computeIfAbsent(rule, expressions.getExpressionParser()::parseExpression);
        var invocation = new SimpleMethodInvocation(handler.getBean(), handler.getMethod());
        var context = expressions.createEvaluationContext(SecurityContextHolder.getContext()::getAuthentication, invocation);
        return ExpressionUtils.evaluateAsBoolean(expression, context);
    }
}
