package org.vietlao.linkage.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The sizes the platform accepts, written the way the too-large problem ({@code PLT-004}) tells them to the
 * caller: a JSON body up to {@code linkage.api.max-body-bytes}, an upload up to {@code linkage.upload.max-bytes}
 * (on the paths of {@code linkage.upload.large-paths}, such as the world trade files, up to the container's
 * {@code spring.servlet.multipart.max-request-size}; decision 0099), a request line with its headers up to
 * {@code server.max-http-request-header-size}.
 */
@Component
class UploadLimits {

    private final long maxBodyBytes;
    private final DataSize maxUpload;
    private final DataSize maxLargeUpload;
    private final List<String> largePaths;
    private final DataSize maxHeader;

    UploadLimits(
            @Value("${linkage.api.max-body-bytes}") long maxBodyBytes,
            @Value("${linkage.upload.max-bytes:10MB}") DataSize maxUpload,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxLargeUpload,
            @Value("${linkage.upload.large-paths:}") List<String> largePaths,
            @Value("${server.max-http-request-header-size:8KB}") DataSize maxHeader) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxUpload = maxUpload;
        this.maxLargeUpload = maxLargeUpload;
        this.largePaths =
                largePaths.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        this.maxHeader = maxHeader;
    }

    /**
     * The most a multipart request to this path may hold: the container's limit on the large paths, else
     * {@code linkage.upload.max-bytes}. After an error dispatch the path is the one first asked for.
     */
    long uploadBytes(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : request.getRequestURI();
        String context = request.getContextPath();
        if (context != null && !context.isEmpty() && path.startsWith(context)) {
            path = path.substring(context.length());
        }
        return largePaths.contains(path)
                ? Math.max(maxLargeUpload.toBytes(), maxUpload.toBytes())
                : maxUpload.toBytes();
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
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                ? readable(uploadBytes(request))
                : body();
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
