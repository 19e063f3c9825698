package org.wenming.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Marks matches in HTML-escaped text. With {@code window > 0} it cuts a window of that many characters
 * starting a little before the first match, so a long transcript yields a short snippet; overlapping
 * bigram matches (志愿, 愿服, 服务) become one marked run.
 */
final class HighlightFormatter extends PassageFormatter {

    private static final int LEAD = 16;
    private static final String ELLIPSIS = "…";

    private final String preTag;
    private final String postTag;
    private final int window;

    HighlightFormatter(String preTag, String postTag, int window) {
        this.preTag = preTag;
        this.postTag = postTag;
        this.window = window;
    }

    @Override
    public Object format(Passage[] passages, String content) {
        if (passages.length == 0) {
            return null;
        }
        Passage passage = passages[0];
        List<int[]> matches = merged(passage);
        int start = passage.getStartOffset();
        int end = passage.getEndOffset();
        if (window > 0 && end - start > window) {
            int first = matches.isEmpty() ? start : matches.get(0)[0];
            start = Math.max(start, first - LEAD);
            end = Math.min(end, start + window);
            start = Math.max(passage.getStartOffset(), end - window);
        }
        StringBuilder out = new StringBuilder();
        if (start > 0) {
            out.append(ELLIPSIS);
        }
        int at = start;
        for (int[] match : matches) {
            int from = Math.max(match[0], start);
            int to = Math.min(match[1], end);
            if (from >= to) {
                continue;
            }
            escape(content, at, from, out);
            out.append(preTag);
            escape(content, from, to, out);
            out.append(postTag);
            at = to;
        }
        escape(content, at, end, out);
        if (end < content.length()) {
            out.append(ELLIPSIS);
        }
        return out.toString();
    }

    private static List<int[]> merged(Passage passage) {
        List<int[]> merged = new ArrayList<>();
        for (int i = 0; i < passage.getNumMatches(); i++) {
            int from = passage.getMatchStarts()[i];
            int to = passage.getMatchEnds()[i];
            if (!merged.isEmpty() && from <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], to);
            } else {
                merged.add(new int[] {from, to});
            }
        }
        return merged;
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

    /**
     * A title the engine marked nothing in, marked where it matched by pinyin instead: characters whose
     * syllables form a bigram (or the one syllable) of the query, or a run whose initials are the typed
     * initials. {@code marked} is the engine's (escaped) title, answered as is when it has marks already
     * or pinyin matched nothing; {@code title} the plain folded one.
     */
    static String markPinyin(String marked, String title, SearchAnalysis.Parsed parsed, String preTag, String postTag) {
        if (title == null || marked.contains(preTag)) {
            return marked;
        }
        String[] syllables = SearchAnalysis.syllables(title);
        boolean[] hit = new boolean[title.length()];
        boolean any = false;
        for (int i = 0; i < syllables.length; i++) {
            if (syllables[i] == null) {
                continue;
            }
            if (parsed.pinyin().contains(syllables[i])) {
                hit[i] = true;
                any = true;
            }
            if (i + 1 < syllables.length
                    && syllables[i + 1] != null
                    && parsed.pinyin().contains(syllables[i] + SearchAnalysis.BIGRAM_JOIN + syllables[i + 1])) {
                hit[i] = true;
                hit[i + 1] = true;
                any = true;
            }
            String initials = parsed.initials();
            if (initials != null && i + initials.length() <= syllables.length) {
                boolean run = true;
                for (int k = 0; k < initials.length() && run; k++) {
                    String s = syllables[i + k];
                    run = s != null && s.charAt(0) == initials.charAt(k);
                }
                if (run) {
                    for (int k = 0; k < initials.length(); k++) {
                        hit[i + k] = true;
                    }
                    any = true;
                }
            }
        }
        if (!any) {
            return marked;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < title.length(); i++) {
            if (hit[i] && (i == 0 || !hit[i - 1])) {
                out.append(preTag);
            }
            escape(title, i, i + 1, out);
            if (hit[i] && (i + 1 == title.length() || !hit[i + 1])) {
                out.append(postTag);
            }
        }
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        escape(text, 0, text.length(), out);
        return out.toString();
    }
}
