package org.netzbild.store.cypher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/**
 * Turns what a person typed into a Lucene query for the full-text index. The text is cut into
 * tokens by the same Lucene tokenizer and folding filters that the index's {@code standard-folding}
 * analyzer runs over the indexed text; each token must match, exactly, as a prefix, or within a
 * small edit distance (Mohammed / Muhammad, Mueller / Müller). Every token is escaped, so no
 * character of the text can act as query syntax.
 */
public final class SearchQuery {

    /** The most tokens a query keeps: a pasted paragraph must not become a query of hundreds of clauses. */
    private static final int MAX_TOKENS = 12;

    private SearchQuery() {
    }

    /** The query, or an empty string when the text holds no letter or digit. */
    public static String of(String text) {
        var clauses = new ArrayList<String>();
        for (String token : tokens(text)) {
            String term = QueryParserBase.escape(token);
            var terms = new ArrayList<String>();
            terms.add(term + "^4");
            if (token.length() >= 2) {
                terms.add(term + "*^2");
            }
            if (token.length() >= 4 && !token.chars().allMatch(Character::isDigit) && isLatin(token)) {
                terms.add(term + "~" + (token.length() >= 7 ? 2 : 1));
            }
            clauses.add("+(" + String.join(" ", terms) + ")");
        }
        return String.join(" ", clauses);
    }

    /**
     * The text's tokens as the index cuts and folds them: Unicode word boundaries (UAX #29), Latin
     * letters folded to ASCII, lower case; Cyrillic, Arabic and other scripts keep their letters,
     * since the folding filter leaves them alone too. Unlike the index, English stop words stay.
     */
    static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        try (TokenStream stream = IndexTokens.ANALYZER.tokenStream("searchText", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (tokens.size() < MAX_TOKENS && stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            // the text is a string in memory: reading it cannot fail
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static boolean isLatin(String token) {
        return token.chars().allMatch(c -> c < 0x250);
    }

    /**
     * The {@code standard-folding} analyzer's chain (Neo4j's {@code StandardFoldingAnalyzer}) without
     * its English stop-word filter. Prefix and fuzzy terms bypass the index's analyzer (Lucene only
     * lower-cases them), so the query has to arrive folded; and a typed "an" or "is" must stay, since
     * it is the beginning of Anna or Isabel even where the index drops the word itself.
     * {@code SearchFoldingTest} holds this chain against the index's own analyzer.
     */
    private static final class IndexTokens extends Analyzer {

        /** Thread-safe: Lucene keeps one token stream per thread. */
        static final Analyzer ANALYZER = new IndexTokens();

        /** The longest token the index's tokenizer keeps whole. */
        private static final int MAX_TOKEN_LENGTH = 255;

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var tokenizer = new StandardTokenizer();
            tokenizer.setMaxTokenLength(MAX_TOKEN_LENGTH);
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(new ASCIIFoldingFilter(tokenizer)));
        }
    }
}
