package org.wenming.miniapp.share;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of a poster's words are Mongolian and which Chinese. Items carry one language code ({@code zh} or
 * {@code mn}) but editors of Mongolian items write Chinese in some fields (a title or a quote's source) or both
 * scripts in one; the script of the text itself decides, character by character: letters of the Mongolian blocks
 * (U+1800–U+18AF, U+11660–U+1167F) are Mongolian, Han characters and CJK punctuation Chinese, and anything else
 * (spaces, digits, Latin, quotation marks) belongs with its neighbours.
 */
final class PosterScripts {

    /** Characters at the edges of a script's part that only separated it from the other script. */
    private static final String SEPARATORS = "/|｜·•";

    private PosterScripts() {}

    /** The Mongolian and the Chinese part of a text, each empty when it has none. */
    record Parts(String mongolian, String chinese) {

        static final Parts NONE = new Parts("", "");
    }

    static boolean isMongolian(int codePoint) {
        return (codePoint >= 0x1800 && codePoint <= 0x18AF) || (codePoint >= 0x11660 && codePoint <= 0x1167F);
    }

    /** Mongolian letters and the invisible characters that select their forms (narrow no-break space, joiners). */
    static boolean shapesMongolian(int codePoint) {
        return isMongolian(codePoint) || codePoint == 0x202F || codePoint == 0x200C || codePoint == 0x200D;
    }

    static boolean isChinese(int codePoint) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    static boolean hasMongolian(String text) {
        return text != null && text.codePoints().anyMatch(PosterScripts::isMongolian);
    }

    static Parts split(String text) {
        if (text == null || text.isBlank()) {
            return Parts.NONE;
        }
        if (!hasMongolian(text)) {
            return new Parts("", text.strip());
        }
        if (text.codePoints().noneMatch(PosterScripts::isChinese)) {
            return new Parts(text.strip(), "");
        }
        List<String> mongolian = new ArrayList<>();
        List<String> chinese = new ArrayList<>();
        StringBuilder segment = new StringBuilder();
        Boolean segmentIsMongolian = null;
        for (int codePoint : text.codePoints().toArray()) {
            Boolean script = shapesMongolian(codePoint) ? Boolean.TRUE : isChinese(codePoint) ? Boolean.FALSE : null;
            if (script != null && segmentIsMongolian != null && !script.equals(segmentIsMongolian)) {
                (segmentIsMongolian ? mongolian : chinese).add(trimmed(segment));
                segment.setLength(0);
            }
            if (script != null) {
                segmentIsMongolian = script;
            }
            segment.appendCodePoint(codePoint);
        }
        (Boolean.TRUE.equals(segmentIsMongolian) ? mongolian : chinese).add(trimmed(segment));
        return new Parts(joined(mongolian), joined(chinese));
    }

    private static String trimmed(CharSequence segment) {
        String text = segment.toString();
        int start = 0;
        int end = text.length();
        while (start < end && isEdge(text.charAt(start))) {
            start++;
        }
        while (end > start && isEdge(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isEdge(char c) {
        return Character.isWhitespace(c) || SEPARATORS.indexOf(c) >= 0;
    }

    private static String joined(List<String> parts) {
        return String.join(" ", parts.stream().filter(part -> !part.isEmpty()).toList());
    }
}
