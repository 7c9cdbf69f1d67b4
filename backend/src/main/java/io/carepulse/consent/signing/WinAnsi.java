package io.carepulse.consent.signing;

import java.text.Normalizer;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Text the standard 14 fonts can show. They encode only Windows-1252 (WinAnsi), and PDFBox throws
 * on any other character, so a patient's name in Chinese or an emoji in a statement would stop
 * the whole document. Embedding a Unicode font would show them but adds hundreds of kilobytes to
 * every copy; instead each character outside WinAnsi becomes its nearest WinAnsi spelling
 * (☑ "[x]", → "->", Ł "L", accents dropped from letters WinAnsi lacks, ligatures split), or "?" where there is
 * none, so a reader sees that something was there.
 */
final class WinAnsi {

    private static final Map<Integer, String> SPELLINGS = Map.ofEntries(Map.entry(0x2610, "[ ]"),
            Map.entry(0x2611, "[x]"), Map.entry(0x2612, "[x]"), Map.entry(0x2713, "[x]"), Map.entry(0x2714, "[x]"),
            Map.entry(0x2705, "[x]"), Map.entry(0x2717, "x"), Map.entry(0x2718, "x"), Map.entry(0x2192, "->"),
            Map.entry(0x2190, "<-"), Map.entry(0x2194, "<->"), Map.entry(0x21D2, "=>"), Map.entry(0x27F6, "->"),
            Map.entry(0x2264, "<="), Map.entry(0x2265, ">="), Map.entry(0x2260, "!="), Map.entry(0x2248, "~"),
            Map.entry(0x2212, "-"), Map.entry(0x2010, "-"), Map.entry(0x2011, "-"), Map.entry(0x2012, "-"),
            Map.entry(0x2015, "-"), Map.entry(0x2032, "'"), Map.entry(0x2033, "\""), Map.entry(0x2022, "\u2022"),
            Map.entry(0x25CF, "\u2022"), Map.entry(0x25E6, "\u2022"), Map.entry(0x0141, "L"),
            Map.entry(0x0142, "l"), Map.entry(0x0110, "D"), Map.entry(0x0111, "d"), Map.entry(0x0131, "i"),
            Map.entry(0x0126, "H"), Map.entry(0x0127, "h"));

    private static final GlyphList GLYPHS = GlyphList.getAdobeGlyphList();

    private WinAnsi() {
    }

    /** The text with every character the standard 14 fonts can show; line breaks become spaces. */
    static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> shown.append(spell(c)));
        return shown.toString();
    }

    private static String spell(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return " ";
        }
        if (Character.getType(c) == Character.FORMAT || Character.isISOControl(c)) {
            return "";
        }
        if (encodable(c)) {
            return Character.toString(c);
        }
        String spelling = SPELLINGS.get(c);
        if (spelling != null) {
            return spelling;
        }
        String decomposed = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKD).replaceAll("\\p{M}",
                "");
        boolean allEncodable = !decomposed.isEmpty() && decomposed.codePoints().allMatch(WinAnsi::encodable);
        return allEncodable ? decomposed : "?";
    }

    private static boolean encodable(int c) {
        return c < 0x10000 && WinAnsiEncoding.INSTANCE.contains(GLYPHS.codePointToName(c));
    }
}
