package org.vietlao.linkage.trade;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded import file on disk (decision 0099): the part is copied in 64 KB steps to a temporary file of its
 * own, hashed (SHA-256) on the way, and never held whole in the heap. A BACI file is then mapped, any other format
 * read through a buffered stream. {@link #close()} deletes the file; every path that made one closes it.
 */
final class ImportUpload implements AutoCloseable {

    static final String PREFIX = "trade-import-";

    private final Path path;
    private final long size;
    private final String sha256;

    private ImportUpload(Path path, long size, String sha256) {
        this.path = path;
        this.size = size;
        this.sha256 = sha256;
    }

    /** Copies {@code file} into {@code directory}, counting the bytes into {@code progress}. */
    static ImportUpload receive(MultipartFile file, Path directory, ImportProgress.Tracker progress)
            throws IOException {
        Path path = Files.createTempFile(directory, PREFIX, ".csv");
        try (InputStream part = file.getInputStream();
                DigestInputStream in = new DigestInputStream(part, sha256Digest());
                OutputStream out = Files.newOutputStream(path)) {
            byte[] buffer = new byte[1 << 16];
            long size = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                size += n;
                progress.bytes(n);
            }
            return new ImportUpload(
                    path, size, HexFormat.of().formatHex(in.getMessageDigest().digest()));
        } catch (IOException | RuntimeException ex) {
            Files.deleteIfExists(path);
            throw ex;
        }
    }

    Path path() {
        return path;
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }

    /**
     * What makes two imports the same request for an Idempotency-Key: the form fields and the file's SHA-256
     * ({@code format|year|classification|sha256}).
     */
    static byte[] fingerprint(TradeImports.Format format, Integer year, String classification, String sha256) {
        return (format.id() + "|" + year + "|" + classification + "|" + sha256).getBytes(StandardCharsets.UTF_8);
    }

    /** The whole file mapped read-only (outside the heap); a world file is at most 1 GB. */
    ByteBuffer map() throws IOException {
        try (FileChannel channel = FileChannel.open(path)) {
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
    }

    InputStream open() throws IOException {
        return Files.newInputStream(path);
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ex) {
            path.toFile().deleteOnExit();
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
