package io.carepulse.platform.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The content types an upload may have, each recognised by its first bytes, whatever it is called:
 * binary types by their signatures, CSV as UTF-8 text without control characters (what
 * spreadsheets and the platforms export; browsers send it under several media types).
 */
public enum FileType {
    PDF("application/pdf", "PDF", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", "PNG", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", "JPEG", "jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}),
    CSV("text/csv", "CSV", "csv", null, "text/plain", "application/csv", "text/x-csv", "application/vnd.ms-excel");

    /** How much of a text file is checked to be text. */
    private static final int TEXT_HEAD = 8192;

    private final String mediaType;
    private final String displayName;
    private final String extension;
    private final byte[] magic;
    private final List<String> alsoSentAs;

    FileType(String mediaType, String displayName, String extension, byte[] magic, String... alsoSentAs) {
        this.mediaType = mediaType;
        this.displayName = displayName;
        this.extension = extension;
        this.magic = magic;
        this.alsoSentAs = List.of(alsoSentAs);
    }

    /** Whether a browser's declared media type (parameters left out) fits this type. */
    public boolean sentAs(String declared) {
        String type = declared.toLowerCase(Locale.ROOT);
        return type.equals(mediaType) || alsoSentAs.contains(type);
    }

    public String mediaType() {
        return mediaType;
    }

    public String displayName() {
        return displayName;
    }

    public String extension() {
        return extension;
    }

    /** The type whose signature {@code head} starts with, or null. */
    public static FileType sniff(byte[] head) {
        return Arrays.stream(values())
                .filter(type -> type.magic == null ? isText(head)
                        : head.length >= type.magic.length
                                && Arrays.equals(head, 0, type.magic.length, type.magic, 0, type.magic.length))
                .findFirst().orElse(null);
    }

    /** UTF-8 (a character cut at the end of the head allowed) with no control characters but tabs and line ends. */
    private static boolean isText(byte[] bytes) {
        int length = Math.min(bytes.length, TEXT_HEAD);
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' || b == 0x7f) {
                return false;
            }
        }
        // A head shorter than the file may cut its last character in two (up to 3 of its bytes).
        int cuts = length < bytes.length ? Math.min(3, length) : 0;
        for (int cut = 0; cut <= cuts; cut++) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, 0, length - cut));
                return true;
            } catch (CharacterCodingException e) {
                // try without the last byte
            }
        }
        return false;
    }

    /** The type of a media type, or null. */
    public static FileType ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equalsIgnoreCase(mediaType)).findFirst()
                .orElse(null);
    }
}
