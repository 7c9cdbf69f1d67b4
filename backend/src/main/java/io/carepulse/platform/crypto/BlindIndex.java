package io.carepulse.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A keyed blind index of a person: HMAC-SHA-256 of their normalised name and date of birth,
 * within one organisation, under a key of its own ({@code BLIND_INDEX_KEY}). Randomised encryption
 * cannot be searched, so a record keeps this beside its encrypted fields and a search by patient
 * is an exact match on it. The organisation is part of the input, so the same person in two
 * organisations has two unrelated entries; without the key, an entry cannot be tested against a
 * guess.
 *
 * <p>Names are normalised as people type them differently: compatibility forms folded, accents
 * and punctuation dropped, case folded, spaces collapsed ("José  O'Neil" and "jose oneil" match).
 */
@Component
public class BlindIndex {

    static final int KEY_BYTES = 32;
    private static final String[][] UNDECOMPOSED = {{"ø", "o"}, {"æ", "ae"}, {"œ", "oe"}, {"ß", "ss"},
        {"ł", "l"}, {"đ", "d"}, {"ð", "d"}, {"þ", "th"}, {"ı", "i"}};

    private final SecretKeySpec key;

    @Autowired
    BlindIndex(@Value("${carepulse.encryption.blind-index-key:}") String configured,
            @Value("${carepulse.encryption.blind-index-key-file:data/blind-index.key}") String keyFile,
            Environment environment) {
        this.key = new SecretKeySpec(MasterKey.load(configured, Path.of(keyFile), environment.matchesProfiles("prod"),
                "BLIND_INDEX_KEY", KEY_BYTES, "the key of the patients' blind index"), "HmacSHA256");
    }

    /** With a key given directly (tests). */
    BlindIndex(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** The index entry of a person of {@code organization}: hex of the HMAC. */
    public String of(String organization, String name, LocalDate dateOfBirth) {
        String input = organization + "\u001f" + normalisedName(name) + "\u001f" + dateOfBirth;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A name as it is compared: "José  O'Neil" → "jose oneil", "Søren" → "soren". */
    static String normalisedName(String name) {
        String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        // Letters that have no decomposition but that people type without their stroke or ligature.
        for (String[] fold : UNDECOMPOSED) {
            folded = folded.replace(fold[0], fold[1]);
        }
        return folded.replaceAll("[^\\p{L}\\p{N}\\s]+", "").replaceAll("\\s+", " ").strip();
    }
}
