package org.vietlao.linkage.shared;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of every PDF the platform writes (the pilot's result, the trade report, the Expo agenda): each
 * character from Noto Sans, or from Noto Sans Lao for Lao script, both embedded (OpenPDF places Lao vowel and tone
 * marks right with them; ../shared/design/stack.md). The four font files under {@code /fonts} are read once.
 */
public final class PdfFonts {

    private static final PdfFonts FONTS = new PdfFonts();

    private final byte[] latin = read("NotoSans-Regular.ttf");
    private final byte[] latinBold = read("NotoSans-Bold.ttf");
    private final byte[] lao = read("NotoSansLao-Regular.ttf");
    private final byte[] laoBold = read("NotoSansLao-Bold.ttf");

    private PdfFonts() {}

    /** The shared instance. */
    public static PdfFonts get() {
        return FONTS;
    }

    /** Regular text of {@code size} points. A selector is not thread-safe: make one per document. */
    public FontSelector regular(float size) {
        return selector(latin, lao, size);
    }

    /** Bold text of {@code size} points. A selector is not thread-safe: make one per document. */
    public FontSelector bold(float size) {
        return selector(latinBold, laoBold, size);
    }

    private static FontSelector selector(byte[] latinFont, byte[] laoFont, float size) {
        try {
            FontSelector selector = new FontSelector();
            selector.addFont(new Font(
                    BaseFont.createFont("NotoSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, latinFont, null),
                    size));
            selector.addFont(new Font(
                    BaseFont.createFont("NotoSansLao.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, laoFont, null),
                    size));
            return selector;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static byte[] read(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
