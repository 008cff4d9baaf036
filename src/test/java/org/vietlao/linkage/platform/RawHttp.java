package org.vietlao.linkage.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what a client library would "fix" before sending: encoded slashes and
 * {@code ..} in the path, request lines over the server's limit, a body cut short or larger than announced.
 */
final class RawHttp {

    record Answer(int status, Map<String, String> headers, String body) {

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    private RawHttp() {}

    /**
     * Sends the head (CRLFs added) and then, from another thread, the body, while reading the answer until the
     * server closes: a server refusing a large body answers before it has read it, and may close meanwhile.
     */
    static Answer exchange(int port, String head, byte[] body) {
        try (Socket socket = new Socket("localhost", port)) {
            // Generous: the first /v3/api-docs builds the description of every module (25-30 s seen on a loaded
            // machine).
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
            if (!head.endsWith("\n\n")) {
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
            Thread writer = null;
            if (body != null) {
                writer = new Thread(() -> {
                    try {
                        for (int at = 0; at < body.length; at += 65_536) {
                            out.write(body, at, Math.min(65_536, body.length - at));
                        }
                        out.flush();
                    } catch (IOException ex) {
                        // The server answered and closed before reading everything: expected for a refusal.
                    }
                });
                writer.start();
            }
            Answer answer = parse(readAll(socket.getInputStream()));
            if (writer != null) {
                writer.join(30_000);
            }
            return answer;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    static Answer get(int port, String target, String... headers) {
        StringBuilder head = new StringBuilder("GET " + target + " HTTP/1.1\nHost: localhost\nConnection: close\n");
        for (String header : headers) {
            head.append(header).append('\n');
        }
        return exchange(port, head.append('\n').toString(), null);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes.write(buffer, 0, n);
            }
        } catch (SocketException ex) {
            // Reset after the answer was sent (the server would not swallow the rest of the body).
        }
        return bytes.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("no complete answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunked(body);
        }
        return new Answer(status, headers, body);
    }

    private static String unchunked(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = body.indexOf("\r\n", at);
            if (lineEnd < 0) {
                return out.toString();
            }
            int size =
                    Integer.parseInt(body.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                return out.toString();
            }
            // Sizes count bytes; the bodies here are short and re-encoded from the byte count.
            byte[] rest = body.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
            String chunk = new String(rest, 0, Math.min(size, rest.length), StandardCharsets.UTF_8);
            out.append(chunk);
            at = lineEnd + 2 + chunk.length() + 2;
        }
    }
}
