package org.custodes.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of JSON API requests, which no server setting limits (Tomcat caps only form posts and multipart):
 * a declared length over the cap answers 413 at once; a body that grows past it while being read (chunked) fails to
 * parse and answers 400. Runs inside the security filters, so the answer carries the usual security headers.
 */
@Component
class RequestBodyLimit extends OncePerRequestFilter {

    private final long maximumBytes;
    private final MessageSource messages;

    RequestBodyLimit(@Value("${custodes.api.max-body-size:1MB}") DataSize maximum, MessageSource messages) {
        this.maximumBytes = maximum.toBytes();
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var contentType = request.getContentType();
        return !request.getRequestURI().startsWith("/api/")
                || (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maximumBytes) {
            tooLarge(response);
            return;
        }
        chain.doFilter(new Limited(request, maximumBytes), response);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        var detail = messages.getMessage("problem.too-large", null, "The request is too large.",
                LocaleContextHolder.getLocale());
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"https://custodes.org/problems/too-large\",\"title\":\"Content Too Large\","
                + "\"status\":413,\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }

    /** A request whose body stops with an error once more than the cap has been read. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long maximumBytes;

        Limited(HttpServletRequest request, long maximumBytes) {
            super(request);
            this.maximumBytes = maximumBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            return new CountingStream(super.getInputStream(), maximumBytes);
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long maximumBytes;
        private long read;

        CountingStream(ServletInputStream body, long maximumBytes) {
            this.body = body;
            this.maximumBytes = maximumBytes;
        }

        @Override
        public int read() throws IOException {
            var next = body.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            var count = body.read(buffer, offset, length);
            if (count > 0) {
                count(count);
            }
            return count;
        }

        private void count(long bytes) throws IOException {
            read += bytes;
            if (read > maximumBytes) {
                throw new IOException("Request body larger than " + maximumBytes + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }

        @Override
        public int available() throws IOException {
            return body.available();
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }
}
