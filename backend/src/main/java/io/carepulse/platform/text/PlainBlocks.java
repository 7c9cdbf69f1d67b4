package io.carepulse.platform.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Light Markdown turned into the blocks a reader takes in one go: paragraphs (lines joined until
 * a blank line), and each heading and list item on its own, because a reader stops at the end of
 * each even when the writer left out the full stop. Markup is dropped so it is neither a word
 * nor a syllable; a link keeps its text and loses its address, which nobody reads aloud.
 */
final class PlainBlocks {

    private static final Pattern FENCE_OR_RULE = Pattern.compile("^(```.*|~~~.*|[-*_=\\s]{3,})$");
    private static final Pattern QUOTE = Pattern.compile("^(>\\s?)+");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern LIST_ITEM = Pattern.compile("^([-*+]|\\d{1,9}[.)])\\s+");
    private static final Pattern IMAGE_OR_LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern ADDRESS = Pattern.compile("<[a-z][a-z0-9+.-]*:[^>\\s]*>|\\bhttps?://\\S+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMPHASIS_OR_CODE = Pattern.compile("[*_`~]+|\\\\(?=\\p{Punct})");
    private static final Pattern TRAILING_HASHES = Pattern.compile("\\s+#+\\s*$");

    private PlainBlocks() {
    }

    static List<String> of(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : text.split("\\R")) {
            String line = QUOTE.matcher(raw.strip()).replaceFirst("").strip();
            if (line.isEmpty() || FENCE_OR_RULE.matcher(line).matches()) {
                flush(paragraph, blocks);
                continue;
            }
            boolean heading = HEADING.matcher(line).lookingAt();
            boolean listItem = !heading && LIST_ITEM.matcher(line).lookingAt();
            if (heading || listItem) {
                flush(paragraph, blocks);
                String content = heading
                        ? TRAILING_HASHES.matcher(HEADING.matcher(line).replaceFirst("")).replaceFirst("")
                        : LIST_ITEM.matcher(line).replaceFirst("");
                blocks.add(inline(content));
            } else {
                paragraph.append(inline(line)).append(' ');
            }
        }
        flush(paragraph, blocks);
        blocks.removeIf(String::isBlank);
        return blocks;
    }

    private static String inline(String line) {
        String text = IMAGE_OR_LINK.matcher(line).replaceAll(link -> Matcher.quoteReplacement(link.group(1)));
        text = ADDRESS.matcher(text).replaceAll("");
        return EMPHASIS_OR_CODE.matcher(text).replaceAll("");
    }

    private static void flush(StringBuilder paragraph, List<String> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(paragraph.toString().strip());
            paragraph.setLength(0);
        }
    }
}
