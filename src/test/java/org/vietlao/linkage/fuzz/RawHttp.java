package org.vietlao.linkage.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 client on a plain socket that sends the request line, headers and body byte for byte as given:
 * unlike {@code java.net.http}, it neither normalises nor re-encodes the path ({@code %2F}, {@code %00},
 * {@code ..%2F} reach the server as written) and it lets a test send a body that contradicts its headers.
 * One connection per request ({@code Connection: close}).
 */
final class RawHttp {

    /**
     * Generous: the first request, {@code /v3/api-docs}, describes every module's operations and took 25–30 s on a
     * loaded machine (the helpers' fuzz runs timed out at 30 s three times on 2026-12-07).
     */
    private static final int TIMEOUT_MS = 120_000;

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    /** A request as it goes on the wire; {@code target} is the raw request target (path and query). */
    record Request(String method, String target, Map<String, String> headers, byte[] body) {

        Request {
            headers = new LinkedHashMap<>(headers);
            body = body == null ? new byte[0] : body;
        }

        Request withTarget(String newTarget) {
            return new Request(method, newTarget, headers, body);
        }

        Request withHeader(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.keySet().removeIf(key -> key.equalsIgnoreCase(name));
            if (value != null) {
                copy.put(name, value);
            }
            return new Request(method, target, copy, body);
        }

        Request withBody(byte[] newBody) {
            return new Request(method, target, headers, newBody);
        }

        Request withBody(String newBody) {
            return withBody(newBody.getBytes(StandardCharsets.UTF_8));
        }

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
        }

        /** The request as a short text for a failure message: its line, and the start of its body. */
        String describe() {
            String text = new String(body, StandardCharsets.UTF_8);
            String shownBody = text.length() > 300 ? text.substring(0, 300) + "…(" + body.length + " bytes)" : text;
            String shownTarget = target.length() > 200 ? target.substring(0, 200) + "…" : target;
            return method + " " + shownTarget + " [" + header("Content-Type") + "] " + printable(shownBody);
        }

        byte[] wire(int port) {
            StringBuilder head = new StringBuilder();
            head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
            head.append("Host: localhost:").append(port).append("\r\n");
            head.append("Connection: close\r\n");
            headers.forEach((name, value) ->
                    head.append(name).append(": ").append(value).append("\r\n"));
            if (header("Content-Length") == null && (body.length > 0 || !method.equals("GET"))) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            byte[] start = head.toString().getBytes(StandardCharsets.ISO_8859_1);
            byte[] all = new byte[start.length + body.length];
            System.arraycopy(start, 0, all, 0, start.length);
            System.arraycopy(body, 0, all, start.length, body.length);
            return all;
        }
    }

    record Response(int status, Map<String, String> headers, String body) {

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        boolean isProblem() {
            return contentType().toLowerCase(Locale.ROOT).startsWith("application/problem+json");
        }

        String describe() {
            String shown = body.length() > 300 ? body.substring(0, 300) + "…" : body;
            return status + " [" + contentType() + "] " + printable(shown);
        }
    }

    Response send(Request request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.wire(port));
                out.flush();
            } catch (IOException ex) {
                // The server may answer and close before reading a large body: read what it said.
            }
            return read(socket.getInputStream());
        } catch (IOException ex) {
            throw new IllegalStateException("no answer to " + request.describe(), ex);
        }
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                all.write(buffer, 0, n);
            }
        } catch (java.net.SocketException ex) {
            // A reset after the answer was written (the server closed with unread request bytes).
        }
        byte[] bytes = all.toByteArray();
        int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (end < 0) {
            throw new IOException("no complete HTTP answer: " + new String(bytes, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < chunked.length) {
            int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.ISO_8859_1), i);
            if (lineEnd < 0) {
                break;
            }
            String sizeText = new String(chunked, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int size = Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            out.write(chunked, start, Math.min(size, chunked.length - start));
            i = start + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        return indexOf(haystack, needle, 0);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
