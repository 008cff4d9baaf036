package org.vietlao.linkage.promotion;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Up to five photos per product: JPEG or PNG as declared and as read (the bytes must decode as the declared
 * type), at most {@link #MAX_BYTES} bytes and {@link #MAX_PIXELS} pixels before decoding (read from the header, so a
 * small file that unpacks into a huge image is refused unread), resized server-side with the JDK's ImageIO so that
 * the longer side is at most {@link #MAX_SIDE} pixels, and stored as JPEG.
 */
@Service
class Photos {

    static final int MAX_PHOTOS = 5;
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;
    static final int MAX_SIDE = 1200;
    static final Set<String> TYPES = Set.of("image/jpeg", "image/png");

    private final JdbcClient jdbc;
    private final Products products;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Photos(JdbcClient jdbc, Products products, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.products = products;
        this.events = events;
        this.clock = clock;
    }

    /** A stored photo. */
    record Photo(long id, long productId, int position, String contentType, int width, int height, byte[] image) {}

    /** Adds a photo; PRM-010 for a wrong type, size or unreadable image, PRM-011 past five. */
    @Transactional
    Photo add(long productId, String contentType, byte[] bytes, Actor actor) {
        Product product = products.require(productId);
        Products.requireProducer(actor, product.enterpriseId());
        jdbc.sql("SELECT id FROM promotion_product WHERE id = :id FOR UPDATE")
                .param("id", productId)
                .query(Long.class)
                .single();
        int count = jdbc.sql("SELECT count(*) FROM promotion_product_photo WHERE product_id = :id")
                .param("id", productId)
                .query(Integer.class)
                .single();
        if (count >= MAX_PHOTOS) {
            throw new BusinessException(ErrorCode.PRM_011, MAX_PHOTOS);
        }
        BufferedImage resized = resized(contentType, bytes);
        byte[] jpeg = jpeg(resized);
        int position = jdbc.sql(
                        "SELECT coalesce(max(position), 0) + 1 FROM promotion_product_photo WHERE product_id = :id")
                .param("id", productId)
                .query(Integer.class)
                .single();
        if (position > MAX_PHOTOS) {
            position = firstFree(productId);
        }
        long id = jdbc.sql("""
				INSERT INTO promotion_product_photo (product_id, position, content_type, width, height, original_size,
				  image, uploaded_by, uploaded_at)
				VALUES (:product, :position, 'image/jpeg', :width, :height, :size, :image, :user, :now) RETURNING id""")
                .param("product", productId)
                .param("position", position)
                .param("width", resized.getWidth())
                .param("height", resized.getHeight())
                .param("size", bytes.length)
                .param("image", jpeg)
                .param("user", actor.username())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("productId", productId);
        values.put("position", position);
        values.put("width", resized.getWidth());
        values.put("height", resized.getHeight());
        values.put("originalSize", bytes.length);
        events.publishEvent(EntityChanged.created("promotion_product_photo", id, values));
        return new Photo(id, productId, position, "image/jpeg", resized.getWidth(), resized.getHeight(), jpeg);
    }

    @Transactional
    void remove(long productId, long photoId, Actor actor) {
        Product product = products.require(productId);
        Products.requireProducer(actor, product.enterpriseId());
        int removed = jdbc.sql("DELETE FROM promotion_product_photo WHERE id = :id AND product_id = :product")
                .param("id", photoId)
                .param("product", productId)
                .update();
        if (removed == 0) {
            throw new BusinessException(ErrorCode.PRM_015, photoId);
        }
        events.publishEvent(EntityChanged.deleted("promotion_product_photo", photoId));
    }

    Optional<Photo> find(long productId, long photoId) {
        return jdbc.sql("SELECT * FROM promotion_product_photo WHERE id = :id AND product_id = :product")
                .param("id", photoId)
                .param("product", productId)
                .query((rs, n) -> new Photo(
                        rs.getLong("id"),
                        rs.getLong("product_id"),
                        rs.getInt("position"),
                        rs.getString("content_type"),
                        rs.getInt("width"),
                        rs.getInt("height"),
                        rs.getBytes("image")))
                .optional();
    }

    private int firstFree(long productId) {
        Set<Integer> taken = Set.copyOf(jdbc.sql("SELECT position FROM promotion_product_photo WHERE product_id = :id")
                .param("id", productId)
                .query(Integer.class)
                .list());
        for (int i = 1; i <= MAX_PHOTOS; i++) {
            if (!taken.contains(i)) {
                return i;
            }
        }
        throw new BusinessException(ErrorCode.PRM_011, MAX_PHOTOS);
    }

    /** The image decoded and scaled to at most {@link #MAX_SIDE} on its longer side; PRM-010 when refused. */
    static BufferedImage resized(String contentType, byte[] bytes) {
        String type = contentType == null
                ? ""
                : contentType.toLowerCase(java.util.Locale.ROOT).split(";")[0].strip();
        if (bytes == null || bytes.length == 0 || bytes.length > MAX_BYTES || !TYPES.contains(type)) {
            throw refused();
        }
        BufferedImage image;
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw refused();
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                boolean matches = type.equals("image/png") ? format.equals("png") : format.startsWith("jp");
                if (!matches) {
                    throw refused();
                }
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    throw refused();
                }
                image = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException ex) {
            if (ex instanceof BusinessException business) {
                throw business;
            }
            throw refused();
        }
        int width = image.getWidth();
        int height = image.getHeight();
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(width, height));
        int w = Math.max(1, (int) Math.round(width * scale));
        int h = Math.max(1, (int) Math.round(height * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    static byte[] jpeg(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static BusinessException refused() {
        return BusinessException.onField(ErrorCode.PRM_010, "photo", MAX_BYTES, MAX_PIXELS / 1_000_000);
    }
}
