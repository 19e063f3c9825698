package org.wenming.miniapp.share;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks poster text into lines (for Mongolian: columns) no longer than a width. Chinese breaks between any two
 * characters but keeps the rules of Chinese typesetting: closing punctuation never begins a line and opening
 * punctuation never ends one, and a —— or …… stays whole. Words of alphabetic scripts (Mongolian, Latin, digits)
 * break only at spaces, unless one word alone is longer than the line.
 */
final class PosterLines {

    /** Punctuation that must not begin a line: Chinese, Western and Mongolian closing marks. */
    static final String NO_LINE_START = "。，、．！？：；」』）】》〉〕〗〙］｝”’…‥·・%‰℃,.!?:;)]}᠂᠃᠄᠅᠈᠉";

    /** Punctuation that must not end a line: opening marks. */
    static final String NO_LINE_END = "「『（【《〈〔〖〘［｛“‘([{";

    static final String ELLIPSIS = "…";

    private PosterLines() {}

    /** Every line of the text; a run of white space is one space, and none begins or ends a line. */
    static List<String> lines(String text, double maxWidth, ToDoubleFunction<String> width) {
        return lines(text, maxWidth, Integer.MAX_VALUE, width);
    }

    /** The first {@code limit} lines of the text (breaking the rest would be wasted). */
    static List<String> lines(String text, double maxWidth, int limit, ToDoubleFunction<String> width) {
        int[] codePoints = text.strip().replaceAll("\\s+", " ").codePoints().toArray();
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < codePoints.length && lines.size() < limit) {
            int end = lineEnd(codePoints, start, maxWidth, width);
            lines.add(new String(codePoints, start, end - start).strip());
            start = end;
            while (start < codePoints.length && codePoints[start] == ' ') {
                start++;
            }
        }
        return lines;
    }

    /** At most {@code maxLines} lines; when the text needs more, the last one ends in an ellipsis. */
    static List<String> fit(String text, double maxWidth, int maxLines, ToDoubleFunction<String> width) {
        List<String> lines = lines(text, maxWidth, maxLines + 1, width);
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        kept.set(maxLines - 1, withEllipsis(kept.get(maxLines - 1), maxWidth, width));
        return kept;
    }

    /** The line, shortened (by words where it has any) until it fits with an ellipsis after it. */
    static String withEllipsis(String line, double maxWidth, ToDoubleFunction<String> width) {
        int[] codePoints = line.codePoints().toArray();
        int end = codePoints.length;
        while (end > 0) {
            String head = new String(codePoints, 0, end).stripTrailing();
            boolean endsOpen = !head.isEmpty() && NO_LINE_END.indexOf(head.codePointBefore(head.length())) >= 0;
            if (!endsOpen && width.applyAsDouble(head + ELLIPSIS) <= maxWidth) {
                return head + ELLIPSIS;
            }
            end = previousBreak(codePoints, end);
        }
        return ELLIPSIS;
    }

    /** Whether a line may end before {@code codePoints[index]}. */
    static boolean canBreakBefore(int[] codePoints, int index) {
        int previous = codePoints[index - 1];
        int next = codePoints[index];
        if (next == ' ' || NO_LINE_START.indexOf(next) >= 0 || NO_LINE_END.indexOf(previous) >= 0) {
            return false;
        }
        if (previous == ' ') {
            return true;
        }
        boolean doubledMark = previous == next && (next == '—' || next == '…');
        return !doubledMark && !(isWordCharacter(previous) && isWordCharacter(next));
    }

    private static int lineEnd(int[] codePoints, int start, double maxWidth, ToDoubleFunction<String> width) {
        int lastBreak = -1;
        for (int end = start + 1; end <= codePoints.length; end++) {
            if (end < codePoints.length && !canBreakBefore(codePoints, end)) {
                continue;
            }
            if (width.applyAsDouble(new String(codePoints, start, end - start).strip()) > maxWidth) {
                break;
            }
            lastBreak = end;
        }
        return lastBreak > start ? lastBreak : longestFitting(codePoints, start, maxWidth, width);
    }

    /**
     * A word longer than the line is cut where the line is full (at least one character a line), before
     * closing punctuation when the line can spare the characters.
     */
    private static int longestFitting(int[] codePoints, int start, double maxWidth, ToDoubleFunction<String> width) {
        int end = start + 1;
        while (end < codePoints.length
                && width.applyAsDouble(new String(codePoints, start, end + 1 - start)) <= maxWidth) {
            end++;
        }
        while (end > start + 1 && end < codePoints.length && NO_LINE_START.indexOf(codePoints[end]) >= 0) {
            end--;
        }
        return end;
    }

    private static int previousBreak(int[] codePoints, int end) {
        for (int index = end - 1; index > 0; index--) {
            if (canBreakBefore(codePoints, index)) {
                return index;
            }
        }
        return end - 1;
    }

    /** Letters and digits of alphabetic scripts, and the marks and joiners inside their words. */
    private static boolean isWordCharacter(int codePoint) {
        if (PosterScripts.shapesMongolian(codePoint) && !PosterLines.isPunctuation(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
            return true;
        }
        return Character.isLetterOrDigit(codePoint)
                && !Character.isIdeographic(codePoint)
                && Character.UnicodeScript.of(codePoint) != Character.UnicodeScript.HAN;
    }

    private static boolean isPunctuation(int codePoint) {
        return codePoint >= 0x1800 && codePoint <= 0x180A;
    }
}
