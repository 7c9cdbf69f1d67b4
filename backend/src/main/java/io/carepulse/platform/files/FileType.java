package io.carepulse.platform.files;

import java.util.Arrays;

/** The content types an upload may have, each recognised by its first bytes, whatever it is called. */
public enum FileType {
    PDF("application/pdf", "PDF", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", "PNG", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", "JPEG", "jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

    private final String mediaType;
    private final String displayName;
    private final String extension;
    private final byte[] magic;

    FileType(String mediaType, String displayName, String extension, byte[] magic) {
        this.mediaType = mediaType;
        this.displayName = displayName;
        this.extension = extension;
        this.magic = magic;
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
                .filter(type -> head.length >= type.magic.length
                        && Arrays.equals(head, 0, type.magic.length, type.magic, 0, type.magic.length))
                .findFirst().orElse(null);
    }

    /** The type of a media type, or null. */
    public static FileType ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equalsIgnoreCase(mediaType)).findFirst()
                .orElse(null);
    }
}
