package org.custodes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class RequestBodyLimitTests {

    final RequestBodyLimit limit = new RequestBodyLimit(DataSize.ofBytes(10), new StaticMessageSource());

    static MockHttpServletRequest api(String body, boolean declaresLength) {
        var request = new MockHttpServletRequest("POST", "/api/v1/organisations") {
            @Override
            public long getContentLengthLong() {
                return declaresLength ? super.getContentLengthLong() : -1;
            }
        };
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        request.setContentType("application/json");
        return request;
    }

    @Test
    void aDeclaredLengthOverTheCapIsAnswered413WithoutCallingTheApplication() throws Exception {
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        limit.doFilter(api("{\"a\": \"0123456789\"}", true), response, chain);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aBodyWithoutDeclaredLengthStopsOnceItPassesTheCap() throws Exception {
        var chain = new MockFilterChain();
        limit.doFilter(api("{\"a\": \"0123456789\"}", false), new MockHttpServletResponse(), chain);
        var body = chain.getRequest().getInputStream();
        assertThatIOException().isThrownBy(body::readAllBytes);
    }

    @Test
    void smallBodiesAndPagesPassUntouched() throws Exception {
        var chain = new MockFilterChain();
        limit.doFilter(api("{}", false), new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest().getInputStream().readAllBytes()).hasSize(2);

        var page = new MockHttpServletRequest("POST", "/organisations");
        page.setContent("x".repeat(100).getBytes(StandardCharsets.UTF_8));
        var pageChain = new MockFilterChain();
        limit.doFilter(page, new MockHttpServletResponse(), pageChain);
        assertThat(pageChain.getRequest()).isSameAs(page);
    }
}
