package io.carepulse.feedback.themes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The two Lucene analysis chains of feedback themes. Each {@link Analyzer} is built once and shared:
 * Lucene keeps one token stream per thread behind it, so concurrent callers are safe.
 */
final class Analysis {

    /**
     * Countable terms, {@code EnglishAnalyzer}'s chain with a longer stop list: the standard
     * (Unicode word-break) tokenizer, the English possessive, lower case, stop words, then tokens
     * with a digit or of one letter dropped, then the Porter stemmer. Porter rather than the minimal
     * (plural-only) stemmer because topics must group "wait", "waiting", "waited" and "vaccine",
     * "vaccination", "vaccinated"; its few harmful merges are kept apart by
     * {@link WordLists#UNSTEMMED}; the display form restores readable words.
     */
    static final Analyzer TERMS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(tokenizer);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, WordLists.STOP_WORDS);
            stream = new CountableFilter(stream);
            stream = new SetKeywordMarkerFilter(stream, WordLists.UNSTEMMED);
            return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
        }
    };

    /**
     * Sentiment keeps every word ("not", "never", "very" carry the attitude) and stems plurals only:
     * Porter would turn "helpful" into "help" and "caring" into "care", which are not praise.
     */
    static final Analyzer SENTIMENT = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(tokenizer);
            stream = new LowerCaseFilter(stream);
            return new TokenStreamComponents(tokenizer, new EnglishMinimalStemFilter(stream));
        }
    };

    private Analysis() {
    }

    /** The tokens of {@code text} in order; typographic apostrophes read as straight ones. */
    static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", normalized(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(),
                        increment.getPositionIncrement() - 1));
            }
            stream.end();
        } catch (IOException e) {
            // A StringReader does not fail; this would be a bug in the chain.
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Same length as the input, so offsets into it are offsets into the text as typed. */
    static String normalized(String text) {
        return text == null ? "" : text.replace('\u2019', '\'').replace('\u2018', '\'');
    }

    /** Numbers and one-letter tokens count nothing; dropping them leaves a gap, as a stop word does. */
    private static final class CountableFilter extends FilteringTokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        CountableFilter(TokenStream input) {
            super(input);
        }

        @Override
        protected boolean accept() {
            if (term.length() < 2) {
                return false;
            }
            for (int i = 0; i < term.length(); i++) {
                if (Character.isDigit(term.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    static CharArraySet wordSet(String words) {
        return CharArraySet.unmodifiableSet(new CharArraySet(List.of(words.trim().split("\\s+")), false));
    }
}
