package org.wenming.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Marks what a query matched in the text as written, the same for both engines (neither engine's
 * highlighter is used): the text is folded and read as the index reads it (CJK bigrams, pinyin syllables,
 * initials) and each token that matches the query marks the characters it came from. Folding keeps one
 * character for one, so those are the characters of the original: 端午節 marked for 端午节, 端午 for
 * {@code duanwu}, 学雷锋 for 学雷峰. Output is HTML-escaped; overlapping matches (志愿, 愿服, 服务) become one
 * marked run, and a snippet is a window of {@link QueryShape#SNIPPET_LENGTH} characters from a little
 * before its first match.
 */
final class HighlightFormatter {

    private static final int LEAD = 16;
    private static final String ELLIPSIS = "…";
    /** Reads text as the engines index the text fields. */
    private static final Analyzer BIGRAMS = new CJKAnalyzer();

    private final Set<String> terms;
    /** Lone characters of the query, which match every bigram they start (粽 marks 粽子). */
    private final Set<String> loneCharacters = new HashSet<>();

    private final List<String> pinyin;
    private final String initials;
    private final String preTag;
    private final String postTag;

    /** {@code homophones}: the search matched the pinyin of a Chinese query too ({@link QueryShape#match}). */
    HighlightFormatter(String foldedQuery, boolean homophones, String preTag, String postTag) {
        SearchAnalysis.Parsed parsed = SearchAnalysis.parse(foldedQuery);
        this.terms = new HashSet<>(QueryShape.bigrams(parsed.chinese()));
        terms.stream().filter(QueryShape::isSingleCharacter).forEach(loneCharacters::add);
        this.pinyin = QueryShape.matchesPinyin(parsed, homophones) ? parsed.pinyin() : List.of();
        this.initials = parsed.initials();
        this.preTag = preTag;
        this.postTag = postTag;
    }

    /** The whole title, escaped, with its matches marked. */
    String title(String title) {
        if (title == null) {
            return null;
        }
        return format(title, marks(title), 0, title.length());
    }

    /** A window around the first match of the first text that has one, or null when none matches. */
    String snippet(List<String> texts) {
        for (String text : texts) {
            if (text == null || text.isEmpty()) {
                continue;
            }
            boolean[] marks = marks(text);
            int first = firstMarked(marks);
            if (first < 0) {
                continue;
            }
            int window = QueryShape.SNIPPET_LENGTH;
            int start = 0;
            int end = text.length();
            if (end > window) {
                start = Math.max(0, first - LEAD);
                end = Math.min(text.length(), start + window);
                start = Math.max(0, end - window);
            }
            return format(text, marks, start, end);
        }
        return null;
    }

    private boolean[] marks(String text) {
        String folded = SearchAnalysis.fold(text);
        boolean[] marks = new boolean[text.length()];
        markTerms(folded, marks);
        if (!pinyin.isEmpty() || initials != null) {
            markPinyin(SearchAnalysis.syllables(folded), marks);
        }
        return marks;
    }

    private void markTerms(String folded, boolean[] marks) {
        try (TokenStream stream = BIGRAMS.tokenStream("text", folded)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String value = term.toString();
                if (terms.contains(value)
                        || (!loneCharacters.isEmpty() && loneCharacters.contains(value.substring(0, 1)))) {
                    mark(marks, offset.startOffset(), offset.endOffset());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Characters whose syllables form a pinyin token of the query (a bigram, or the one syllable), and runs
     * whose initials are the typed initials.
     */
    private void markPinyin(String[] syllables, boolean[] marks) {
        for (int i = 0; i < syllables.length; i++) {
            if (syllables[i] == null) {
                continue;
            }
            if (pinyin.contains(syllables[i])) {
                marks[i] = true;
            }
            if (i + 1 < syllables.length
                    && syllables[i + 1] != null
                    && pinyin.contains(syllables[i] + SearchAnalysis.BIGRAM_JOIN + syllables[i + 1])) {
                mark(marks, i, i + 2);
            }
            if (initials != null && startsRunOfInitials(syllables, i)) {
                mark(marks, i, i + initials.length());
            }
        }
    }

    private boolean startsRunOfInitials(String[] syllables, int from) {
        if (from + initials.length() > syllables.length) {
            return false;
        }
        for (int k = 0; k < initials.length(); k++) {
            String syllable = syllables[from + k];
            if (syllable == null || syllable.charAt(0) != initials.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] marks, int from, int to) {
        for (int i = from; i < Math.min(to, marks.length); i++) {
            marks[i] = true;
        }
    }

    private static int firstMarked(boolean[] marks) {
        for (int i = 0; i < marks.length; i++) {
            if (marks[i]) {
                return i;
            }
        }
        return -1;
    }

    private String format(String text, boolean[] marks, int start, int end) {
        StringBuilder out = new StringBuilder(end - start + 16);
        if (start > 0) {
            out.append(ELLIPSIS);
        }
        for (int i = start; i < end; i++) {
            if (marks[i] && (i == start || !marks[i - 1])) {
                out.append(preTag);
            }
            escape(text, i, i + 1, out);
            if (marks[i] && (i + 1 == end || !marks[i + 1])) {
                out.append(postTag);
            }
        }
        if (end < text.length()) {
            out.append(ELLIPSIS);
        }
        return out.toString();
    }

    static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
