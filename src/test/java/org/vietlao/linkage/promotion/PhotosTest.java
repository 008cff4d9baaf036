package org.vietlao.linkage.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/** Photo checks: declared type, real type, size and pixel limits; server-side resizing with ImageIO. */
class PhotosTest {

    static byte[] image(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x += 7) {
            image.setRGB(x, x % height, 0xC0FFEE);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void aLargePngIsResizedToTheLongestSideAndStoredAsJpeg() throws IOException {
        BufferedImage resized = Photos.resized("image/png", image(3000, 1000, "png"));
        assertThat(resized.getWidth()).isEqualTo(Photos.MAX_SIDE);
        assertThat(resized.getHeight()).isEqualTo(400);
        byte[] jpeg = Photos.jpeg(resized);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(read.getWidth()).isEqualTo(1200);
        assertThat(jpeg[0] & 0xFF).isEqualTo(0xFF);
        assertThat(jpeg[1] & 0xFF).isEqualTo(0xD8);
    }

    @Test
    void aSmallJpegKeepsItsSize() throws IOException {
        BufferedImage resized = Photos.resized("image/jpeg", image(640, 480, "jpg"));
        assertThat(resized.getWidth()).isEqualTo(640);
        assertThat(resized.getHeight()).isEqualTo(480);
    }

    @Test
    void theDeclaredTypeMustBeAllowedAndMatchTheBytes() throws IOException {
        byte[] png = image(10, 10, "png");
        refused(() -> Photos.resized("image/gif", png));
        refused(() -> Photos.resized("image/jpeg", png));
        refused(() -> Photos.resized(null, png));
        refused(() -> Photos.resized("image/png", "not an image at all".getBytes()));
        refused(() -> Photos.resized("image/png", new byte[0]));
    }

    @Test
    void tooManyBytesOrPixelsAreRefused() throws IOException {
        refused(() -> Photos.resized("image/png", new byte[Photos.MAX_BYTES + 1]));
        // 8,000 x 6,000 = 48 megapixels, above the 40-megapixel limit, refused from the header before decoding.
        BufferedImage huge = new BufferedImage(8000, 6000, BufferedImage.TYPE_BYTE_BINARY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(huge, "png", out);
        assertThat(out.size()).isLessThan(Photos.MAX_BYTES);
        refused(() -> Photos.resized("image/png", out.toByteArray()));
    }

    static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class, ex -> {
            assertThat(ex.errorCode()).isEqualTo(ErrorCode.PRM_010);
            assertThat(ex.errors())
                    .extracting(BusinessException.FieldError::field)
                    .containsExactly("photo");
        });
    }
}
