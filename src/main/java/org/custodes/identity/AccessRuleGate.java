package org.custodes.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Deny by default: a route of ours that does not say who may use it ({@code @PreAuthorize} on the method or its
 * class) answers 403 for everyone. The route-inventory test finds such routes before they ship.
 */
class AccessRuleGate implements HandlerInterceptor {

    static boolean hasAccessRule(HandlerMethod handler) {
        return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
    }

    static boolean isOurs(HandlerMethod handler) {
        return handler.getBeanType().getName().startsWith("org.custodes.");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && isOurs(method) && !hasAccessRule(method)) {
            throw new AccessDeniedException("Route has no access rule");
        }
        return true;
    }
}
