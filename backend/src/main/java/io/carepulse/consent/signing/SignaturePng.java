package io.carepulse.consent.signing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import javax.imageio.ImageIO;

/**
 * The drawn signature as it may be accepted: a PNG of at most 1 MB. Its size in pixels is read
 * from the header and bounded before the image is decoded, because a small PNG can unpack to
 * gigabytes (a canvas of one colour compresses to almost nothing).
 */
final class SignaturePng {

    static final int MAX_BYTES = 1024 * 1024;
    static final long MAX_PIXELS = 4_000_000;

    private static final byte[] MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final byte[] IHDR = { 'I', 'H', 'D', 'R' };

    private SignaturePng() {
    }

    /** Refuses what is not a PNG of at most 1 MB and 4 megapixels; null (no drawing) passes. */
    static void check(byte[] png) {
        if (png == null) {
            return;
        }
        if (png.length > MAX_BYTES) {
            throw new IllegalArgumentException("The signature image is " + png.length
                    + " bytes; at most 1 MB (" + MAX_BYTES + " bytes) is accepted");
        }
        boolean headed = png.length >= 24 && Arrays.equals(png, 0, 8, MAGIC, 0, 8)
                && Arrays.equals(png, 12, 16, IHDR, 0, 4);
        if (!headed) {
            throw new IllegalArgumentException("The signature image is not a PNG");
        }
        long width = Integer.toUnsignedLong(ByteBuffer.wrap(png, 16, 4).getInt());
        long height = Integer.toUnsignedLong(ByteBuffer.wrap(png, 20, 4).getInt());
        if (width == 0 || height == 0 || width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("The signature image is " + width + " x " + height
                    + " pixels; at most " + MAX_PIXELS + " pixels are accepted");
        }
    }

    static BufferedImage decode(byte[] png) {
        check(png);
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new IllegalArgumentException("The signature image is not a PNG");
            }
            return image;
        } catch (IOException e) {
            throw new IllegalArgumentException("The signature image is not a readable PNG: " + e.getMessage(), e);
        }
    }
}
