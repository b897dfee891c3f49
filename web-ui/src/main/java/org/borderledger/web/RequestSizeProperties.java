package org.borderledger.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body the application reads ({@code borderledger.http}, {@link RequestSizeLimit}).
 *
 * @param maxRequestSize    the largest request body read: a longer Content-Length is answered 413 at once, a chunked
 *                          body fails with 413 once past it; a declaration at every limit stays under 3 MB in UTF-8
 * @param maxListUploadSize the largest upload of screening-list files (POST /api/screening-lists and
 *                          /admin/screening-lists); it bounds the multipart parsing of those uploads too
 */
@ConfigurationProperties("borderledger.http")
record RequestSizeProperties(@DefaultValue("4MB") DataSize maxRequestSize, @DefaultValue("64MB") DataSize maxListUploadSize) {
}
