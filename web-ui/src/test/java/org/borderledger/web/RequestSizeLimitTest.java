package org.borderledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** The request size limit for a body with a declared length and for one sent in chunks. */
class RequestSizeLimitTest {

    private final RequestSizeLimit limit = new RequestSizeLimit(new RequestSizeProperties(DataSize.ofKilobytes(1), DataSize.ofKilobytes(4)));

    @Test
    void aDeclaredLengthOverTheLimitIsA413AndTheRequestGoesNoFurther() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/consignments");
        request.setContent(new byte[1025]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        limit.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"", "larger than 1 KB");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aChunkedBodyFailsOnceItIsReadPastTheLimitAndNotBefore() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/consignments");
        request.setContent(new byte[1025]);
        MockFilterChain chain = new MockFilterChain();

        limit.doFilter(new Chunked(request), new MockHttpServletResponse(), chain);

        var body = ((HttpServletRequest) chain.getRequest()).getInputStream();
        assertThat(body.readNBytes(1024)).hasSize(1024);
        assertThatThrownBy(body::read).isInstanceOf(RequestSizeLimit.RequestTooLargeException.class)
                .hasMessageContaining("larger than 1 KB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/screening-lists", "/admin/screening-lists"})
    void listFilesMayBeLargerUpToTheirOwnLimit(String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContent(new byte[4096]);
        MockFilterChain chain = new MockFilterChain();
        limit.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();

        MockHttpServletRequest larger = new MockHttpServletRequest("POST", path);
        larger.setContent(new byte[4097]);
        MockHttpServletResponse refused = new MockHttpServletResponse();
        limit.doFilter(larger, refused, new MockFilterChain());
        assertThat(refused.getStatus()).isEqualTo(413);
        assertThat(refused.getContentAsString()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"", "larger than 4 KB");
    }

    @Test
    void theListLimitIsForPostsToTheListUploadsOnly() throws Exception {
        MockHttpServletRequest elsewhere = new MockHttpServletRequest("POST", "/api/consignments");
        elsewhere.setContent(new byte[2048]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(elsewhere, response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(413);
    }

    /** A request without a Content-Length, as a chunked one arrives. */
    private static final class Chunked extends HttpServletRequestWrapper {

        Chunked(HttpServletRequest request) {
            super(request);
        }

        @Override
        public long getContentLengthLong() {
            return -1;
        }
    }
}
