package org.netzbild.store.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.graphdb.schema.AnalyzerProvider;
import org.netzbild.schema.Migrations;

/**
 * The search's query side cuts and folds text exactly as the full-text index does, because prefix
 * and fuzzy terms reach the index unanalysed: a token folded differently would never match. The
 * index's side is Neo4j's own analyzer, looked up by the name the migrations give it.
 */
class SearchFoldingTest {

    private static final String FIELD = "searchText";
    private static final Analyzer INDEX = indexAnalyzer();

    @ParameterizedTest
    @ValueSource(strings = {
            "Weißmüller Strauß", "STRASSE Straße", "Yıldız Işık İpek İSTANBUL", "Łukasz Wałęsa Łódź",
            "Søren Ødegård Bjørn", "Æsir Cæsar Ærø", "Œuvre Cœur Lœwe",
            "Şahin Çelik Gürsoy Öztürk Ağaoğlu Ünal", "Zażółć gęślą jaźń Źdźbło Ńowak",
            "Dvořák Šťastný Žďár Ůvaly Čapek Ďurica Ťažký", "Đorđević Þór Guðmundsdóttir Ðặng",
            "Ștefan Țurcanu", "Nguyễn Thị Hương", "Müller-Lüdenscheidt Jean-Pierre Al-Hassan",
            "O'Brien O’Neill D'Angelo N'Diaye", "Иван Иванов Ёлкин Щукин", "سعيد حداد مُحَمَّد",
            "Παπαδόπουλος", "45127 Essen 0201-1234567", "DE89 3704 0044 0532 0130 00", "1.234,56 12.05.2021",
            "٤٥١٢٧ ۱۲۳", "E-AB 123 RE-XY 9", "ﬁnanz Ⓑ ①"})
    void queryTokensAreTheIndexTokens(String text) {
        assertThat(SearchQuery.tokens(text)).isNotEmpty().isEqualTo(indexTokens(text));
    }

    @Test
    void lettersWithoutADecompositionFoldLikeTheIndex() {
        assertThat(SearchQuery.tokens("Weißmüller Yıldız Łukasz Søren Æsir Cœur Đorđević Þór"))
                .containsExactly("weissmuller", "yildiz", "lukasz", "soren", "aesir", "coeur", "dordevic", "thor");
    }

    @Test
    void apostrophesStayInsideANameAsTheIndexKeepsThem() {
        assertThat(SearchQuery.tokens("O’Neill O'Brien")).containsExactly("o'neill", "o'brien");
    }

    @Test
    void otherScriptsKeepTheirLetters() {
        assertThat(SearchQuery.tokens("Иван Иванов سعيد")).containsExactly("иван", "иванов", "سعيد");
    }

    @Test
    void aStopWordTheIndexDropsStaysInTheQueryAsTheBeginningOfAName() {
        assertThat(indexTokens("an")).isEmpty();
        assertThat(SearchQuery.tokens("an")).containsExactly("an");
        assertThat(SearchQuery.of("an")).isEqualTo("+(an^4 an*^2)");
    }

    /**
     * Every text index folds as {@link SearchQuery} does; the one index of the duplicate matcher's name
     * keys (V012, ADR 0037) holds keys that resolve.NameKeys folded already, on both sides, and splits
     * them at spaces only.
     */
    @Test
    void everyFullTextIndexUsesTheAnalyzerTheQueryFollows() {
        var analyzers = new java.util.TreeMap<String, String>();
        var index = Pattern.compile("CREATE FULLTEXT INDEX (\\w+).*`fulltext\\.analyzer`:\\s*'([^']+)'", Pattern.DOTALL);
        Migrations.standard().forEach(m -> m.statements().forEach(s -> index.matcher(s).results()
                .forEach(r -> analyzers.put(r.group(1), r.group(2)))));
        assertThat(analyzers).isNotEmpty().containsEntry("name_keys", "whitespace");
        analyzers.remove("name_keys");
        assertThat(analyzers.values()).isNotEmpty().containsOnly("standard-folding");
    }

    @ParameterizedTest
    @ValueSource(strings = {"name:foo", "name:*", "searchText:x OR id:y", "a:b:c", "[a TO z]", "{a TO z}",
            "\"phrase\"~3", "foo^100", "x AND NOT y", "/reg.*ex/", "O'Brien:*", "') DETACH DELETE n //",
            "field\\:escaped", "id:1 || id:2 && !x"})
    void userTextParsesToTermsOfTheSearchFieldOnly(String hostile) throws ParseException {
        String query = SearchQuery.of(hostile);
        assertThat(query).isNotEmpty();

        Query parsed = new QueryParser(FIELD, INDEX).parse(query);

        assertThat(parsed).isNotInstanceOf(MatchAllDocsQuery.class);
        assertThat(fieldsOf(parsed)).containsOnly(FIELD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*:*", "\\", "+-&&||!(){}[]^\"~*?:\\/", "~~~^^^", "((((", "  "})
    void syntaxWithoutALetterOrDigitGivesNoQueryAtAll(String hostile) {
        assertThat(SearchQuery.of(hostile)).isEmpty();
    }

    @Test
    void syntaxInsideATokenIsEscaped() {
        assertThat(SearchQuery.tokens("name:foo")).containsExactly("name:foo");
        assertThat(SearchQuery.of("name:foo")).startsWith("+(name\\:foo^4 name\\:foo*^2");
    }

    private static Set<String> fieldsOf(Query query) {
        var fields = new HashSet<String>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return fields;
    }

    private static List<String> indexTokens(String text) {
        var tokens = new ArrayList<String>();
        try (TokenStream stream = INDEX.tokenStream(FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return tokens;
    }

    private static Analyzer indexAnalyzer() {
        return ServiceLoader.load(AnalyzerProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.getName().equals("standard-folding")).findFirst().orElseThrow().createAnalyzer();
    }
}
