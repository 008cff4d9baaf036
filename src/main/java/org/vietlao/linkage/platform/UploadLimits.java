package org.vietlao.linkage.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The sizes the platform accepts, written the way the too-large problem ({@code PLT-004}) tells them to the
 * caller: a JSON body up to {@code linkage.api.max-body-bytes}, an upload up to
 * {@code spring.servlet.multipart.max-request-size}, a request line with its headers up to
 * {@code server.max-http-request-header-size}.
 */
@Component
class UploadLimits {

    private final long maxBodyBytes;
    private final DataSize maxUpload;
    private final DataSize maxHeader;

    UploadLimits(
            @Value("${linkage.api.max-body-bytes}") long maxBodyBytes,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxUpload,
            @Value("${server.max-http-request-header-size:8KB}") DataSize maxHeader) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxUpload = maxUpload;
        this.maxHeader = maxHeader;
    }

    /** The request line and headers together (Tomcat's {@code maxHttpHeaderSize}). */
    String header() {
        return readable(maxHeader.toBytes());
    }

    String body() {
        return readable(maxBodyBytes);
    }

    String upload() {
        return readable(maxUpload.toBytes());
    }

    /** The limit that applies to this request: an upload's when it is multipart, else a body's. */
    String of(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/") ? upload() : body();
    }

    /** {@code 10 MB}, {@code 512 KB} or {@code 1500 bytes}: units every language of the platform writes so. */
    static String readable(long bytes) {
        long mb = 1024L * 1024;
        if (bytes >= mb && bytes % mb == 0) {
            return bytes / mb + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " B";
    }
}
