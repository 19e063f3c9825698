package org.wenming.search;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The analysis done in the application, identical for both engines: folding traditional characters to
 * simplified ones, and pinyin (syllables and initials) of Chinese text. The engines index what this class
 * produces with plain whitespace analysis, so neither needs a pinyin plugin and both hold the same tokens.
 * Any change to what it produces must raise {@link #SCHEMA_VERSION}: indexes built with another version
 * rebuild themselves on start.
 */
final class SearchAnalysis {

    /**
     * Version of what the index holds; 1 was bigrams and words only, 2 added pinyin and folding, 3 keeps the
     * text as written beside the folded tokens.
     */
    static final int SCHEMA_VERSION = 3;

    /** Joins the two syllables of a pinyin bigram into one token. */
    static final char BIGRAM_JOIN = '_';

    /** Longest run of initials indexed as one token (a title's initials are searchable by runs up to this). */
    static final int MAX_INITIALS = 8;

    private static final char[] SIMPLIFIED = new char[Character.MAX_VALUE + 1];
    private static final String[] SYLLABLE = new String[Character.MAX_VALUE + 1];
    private static final Set<String> SYLLABLES = new HashSet<>();
    /** First characters of {@link #WORD_READINGS}, so text without them is read without any lookup. */
    private static final boolean[] WORD_START = new boolean[Character.MAX_VALUE + 1];

    /** Letters a syllable starts with: all but i, u and v. */
    private static final boolean[] INITIAL_LETTERS = new boolean[128];

    private static final int LONGEST_SYLLABLE = 6;

    /**
     * Readings of polyphonic characters in common words, where pinyin4j's first reading is the other one;
     * checked before the single-character readings.
     */
    private static final Map<String, String> WORD_READINGS = Map.ofEntries(
            Map.entry("重阳", "chong yang"),
            Map.entry("重庆", "chong qing"),
            Map.entry("重新", "chong xin"),
            Map.entry("重复", "chong fu"),
            Map.entry("重温", "chong wen"),
            Map.entry("长者", "zhang zhe"),
            Map.entry("长辈", "zhang bei"),
            Map.entry("成长", "cheng zhang"),
            Map.entry("生长", "sheng zhang"),
            Map.entry("长大", "zhang da"),
            Map.entry("家长", "jia zhang"),
            Map.entry("村长", "cun zhang"),
            Map.entry("镇长", "zhen zhang"),
            Map.entry("校长", "xiao zhang"),
            Map.entry("队长", "dui zhang"),
            Map.entry("组长", "zu zhang"),
            Map.entry("行长", "hang zhang"),
            Map.entry("银行", "yin hang"),
            Map.entry("行业", "hang ye"),
            Map.entry("音乐", "yin yue"),
            Map.entry("乐队", "yue dui"),
            Map.entry("首都", "shou du"),
            Map.entry("都市", "du shi"),
            Map.entry("还原", "huan yuan"),
            Map.entry("归还", "gui huan"),
            Map.entry("了解", "liao jie"),
            Map.entry("睡觉", "shui jiao"),
            Map.entry("调查", "diao cha"),
            Map.entry("种植", "zhong zhi"),
            Map.entry("种地", "zhong di"),
            Map.entry("朝阳", "zhao yang"),
            Map.entry("藏族", "zang zu"),
            Map.entry("西藏", "xi zang"),
            Map.entry("数学", "shu xue"),
            Map.entry("参差", "cen ci"),
            Map.entry("人参", "ren shen"),
            Map.entry("会计", "kuai ji"),
            Map.entry("传记", "zhuan ji"),
            Map.entry("便宜", "pian yi"),
            Map.entry("干部", "gan bu"),
            Map.entry("干活", "gan huo"),
            Map.entry("骨干", "gu gan"),
            Map.entry("实干", "shi gan"),
            Map.entry("为人民", "wei ren min"),
            Map.entry("因为", "yin wei"),
            Map.entry("为了", "wei le"),
            Map.entry("作为", "zuo wei"),
            Map.entry("好客", "hao ke"),
            Map.entry("爱好", "ai hao"),
            Map.entry("处理", "chu li"),
            Map.entry("相处", "xiang chu"),
            Map.entry("宣传", "xuan chuan"),
            Map.entry("传统", "chuan tong"));

    /** The everyday reading of frequent polyphonic characters outside those words. */
    private static final Map<Character, String> CHAR_READINGS = Map.ofEntries(
            Map.entry('的', "de"),
            Map.entry('了', "le"),
            Map.entry('着', "zhe"),
            Map.entry('得', "de"),
            Map.entry('地', "di"),
            Map.entry('和', "he"),
            Map.entry('为', "wei"),
            Map.entry('都', "dou"),
            Map.entry('还', "hai"),
            Map.entry('会', "hui"),
            Map.entry('说', "shuo"),
            Map.entry('中', "zhong"),
            Map.entry('行', "xing"),
            Map.entry('长', "chang"),
            Map.entry('重', "zhong"),
            Map.entry('乐', "le"),
            Map.entry('干', "gan"),
            Map.entry('处', "chu"),
            Map.entry('少', "shao"),
            Map.entry('当', "dang"),
            Map.entry('好', "hao"),
            Map.entry('看', "kan"),
            Map.entry('正', "zheng"),
            Map.entry('传', "chuan"),
            Map.entry('便', "bian"),
            Map.entry('觉', "jue"),
            Map.entry('调', "tiao"),
            Map.entry('种', "zhong"),
            Map.entry('相', "xiang"),
            Map.entry('省', "sheng"),
            Map.entry('将', "jiang"),
            Map.entry('数', "shu"),
            Map.entry('参', "can"),
            Map.entry('藏', "cang"),
            Map.entry('朝', "chao"),
            Map.entry('降', "jiang"),
            Map.entry('没', "mei"),
            Map.entry('大', "da"),
            Map.entry('曾', "ceng"),
            Map.entry('落', "luo"),
            Map.entry('给', "gei"),
            Map.entry('系', "xi"),
            Map.entry('那', "na"),
            Map.entry('什', "shen"),
            Map.entry('么', "me"),
            Map.entry('解', "jie"),
            Map.entry('更', "geng"),
            Map.entry('期', "qi"),
            Map.entry('区', "qu"),
            Map.entry('单', "dan"),
            Map.entry('色', "se"),
            Map.entry('识', "shi"),
            Map.entry('似', "si"),
            Map.entry('差', "cha"),
            Map.entry('血', "xue"),
            Map.entry('弹', "tan"),
            Map.entry('奇', "qi"),
            Map.entry('模', "mo"),
            Map.entry('校', "xiao"),
            Map.entry('仔', "zi"),
            Map.entry('供', "gong"),
            Map.entry('创', "chuang"),
            Map.entry('兴', "xing"),
            Map.entry('发', "fa"),
            Map.entry('结', "jie"),
            Map.entry('约', "yue"),
            Map.entry('应', "ying"),
            Map.entry('尽', "jin"),
            Map.entry('只', "zhi"),
            Map.entry('几', "ji"),
            Map.entry('济', "ji"),
            Map.entry('强', "qiang"));

    /** Question words: a resident's question carries them, content rarely matches on them. */
    private static final List<String> QUESTION_WORDS = List.of(
            "为什么", "有没有", "是不是", "怎么样", "什么", "怎么", "怎样", "如何", "哪里", "哪儿", "哪些", "哪个", "多少", "请问", "我想", "想要", "一下");

    /** Particles dropped beside a question word (端午节有什么活动), kept elsewhere (党的二十大, 和谐). */
    private static final String PARTICLES = "有的是了在和吗呢吧啊呀";

    /** Sentence-final particles, dropped at the end of the query or of a word (…出来的, …开始了吗). */
    private static final String FINAL_PARTICLES = "的了吗呢吧啊呀";

    static {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            SIMPLIFIED[c] = (char) c;
        }
        for (int c = 0x3400; c <= 0x9FFF; c++) {
            char ch = (char) c;
            if (ZhConverterUtil.isTraditional(ch)) {
                List<String> simple = ZhConverterUtil.toSimple(ch);
                if (simple != null && !simple.isEmpty() && simple.get(0).length() == 1) {
                    SIMPLIFIED[c] = simple.get(0).charAt(0);
                }
            }
            try {
                String[] readings = PinyinHelper.toHanyuPinyinStringArray(ch, format);
                if (readings != null && readings.length > 0) {
                    SYLLABLE[c] = readings[0].replace("u:", "v");
                    for (String reading : readings) {
                        SYLLABLES.add(reading.replace("u:", "v"));
                    }
                }
            } catch (BadHanyuPinyinOutputFormatCombination e) {
                throw new IllegalStateException(e);
            }
        }
        CHAR_READINGS.forEach((ch, reading) -> SYLLABLE[ch] = reading);
        WORD_READINGS.keySet().forEach(word -> WORD_START[word.charAt(0)] = true);
        // Interjections pinyin4j knows only by rare readings; residents never type them as syllables.
        SYLLABLES.removeAll(List.of("m", "n", "ng", "hm", "hng"));
        SYLLABLES.forEach(syllable -> INITIAL_LETTERS[syllable.charAt(0)] = true);
    }

    private SearchAnalysis() {}

    /** Builds the tables (the class's initialisation) ahead of the first search. */
    static void load() {
        // Calling any static method initialises the class; nothing else to do.
    }

    /**
     * Traditional characters folded to simplified ones and full-width letters and digits to ASCII, one
     * character for one, so offsets into the folded text are offsets into the original (highlights are
     * marked on the text as written).
     */
    static String fold(String text) {
        if (text == null) {
            return null;
        }
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            char c = text.charAt(i);
            if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
                c = (char) (c - 0xFEE0);
            }
            folded[i] = SIMPLIFIED[c];
        }
        return new String(folded);
    }

    static boolean isHan(char c) {
        return SYLLABLE[c] != null;
    }

    /** The syllable of each character of the (folded) text, null where a character is not Chinese. */
    static String[] syllables(String text) {
        String[] out = new String[text.length()];
        for (int i = 0; i < text.length(); i++) {
            out[i] = SYLLABLE[text.charAt(i)];
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            if (!WORD_START[text.charAt(i)]) {
                continue;
            }
            for (int length = 3; length >= 2; length--) {
                if (i + length <= text.length()) {
                    String reading = WORD_READINGS.get(text.substring(i, i + length));
                    if (reading != null) {
                        String[] parts = reading.split(" ");
                        System.arraycopy(parts, 0, out, i, parts.length);
                        i += length - 1;
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whitespace-separated pinyin tokens of a text: a bigram ({@code duan_wu}) for each pair of adjacent
     * Chinese characters, and with {@code unigrams} also each syllable. Like CJK bigrams, a pinyin bigram
     * finds homophones (学雷峰 and 学雷锋 share {@code xue_lei lei_feng}) without positions in the index.
     */
    static String pinyinTokens(String text, boolean unigrams) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String[] syllables = syllables(text);
        StringJoiner tokens = new StringJoiner(" ");
        for (int i = 0; i < syllables.length; i++) {
            if (syllables[i] == null) {
                continue;
            }
            if (unigrams) {
                tokens.add(syllables[i]);
            }
            if (i + 1 < syllables.length && syllables[i + 1] != null) {
                tokens.add(syllables[i] + BIGRAM_JOIN + syllables[i + 1]);
            }
        }
        return tokens.toString();
    }

    /**
     * Initials of each run of Chinese characters, as every run of 2 to {@link #MAX_INITIALS} of them
     * (端午节 gives dw, dwj, wj), so typing the initials of any part of a title finds it by one term.
     */
    static String initialsTokens(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringJoiner tokens = new StringJoiner(" ");
        for (String run : initialRuns(text)) {
            for (int from = 0; from < run.length(); from++) {
                for (int to = from + 2; to <= Math.min(run.length(), from + MAX_INITIALS); to++) {
                    tokens.add(run.substring(from, to));
                }
            }
        }
        return tokens.toString();
    }

    /** Full pinyin without spaces (端午节 → duanwujie), latin letters and digits kept, for prefix suggestions. */
    static String pinyinKey(String text) {
        String[] syllables = syllables(text);
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < syllables.length; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (syllables[i] != null) {
                key.append(syllables[i]);
            } else if (c < 128 && Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** Initials without spaces (端午节 → dwj), for prefix suggestions. */
    static String initialsKey(String text) {
        String[] syllables = syllables(text);
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < syllables.length; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (syllables[i] != null) {
                key.append(syllables[i].charAt(0));
            } else if (c < 128 && Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }

    /**
     * Splits latin letters into pinyin syllables (duanwu → duan wu; xian → xian, not xi an), or answers null
     * when they are not pinyin. Fewest syllables win, which is how a resident reads an unspaced word.
     */
    static List<String> segment(String letters) {
        int n = letters.length();
        if (n == 0) {
            return null;
        }
        int[] best = new int[n + 1];
        int[] cut = new int[n + 1];
        Arrays.fill(best, Integer.MAX_VALUE);
        best[n] = 0;
        for (int i = n - 1; i >= 0; i--) {
            for (int length = Math.min(LONGEST_SYLLABLE, n - i); length >= 1; length--) {
                if (best[i + length] != Integer.MAX_VALUE
                        && SYLLABLES.contains(letters.substring(i, i + length))
                        && best[i + length] + 1 < best[i]) {
                    best[i] = best[i + length] + 1;
                    cut[i] = i + length;
                }
            }
        }
        if (best[0] == Integer.MAX_VALUE) {
            return null;
        }
        List<String> syllables = new ArrayList<>();
        for (int i = 0; i < n; i = cut[i]) {
            syllables.add(letters.substring(i, cut[i]));
        }
        return syllables;
    }

    /**
     * True for a term of the query (as the bigram analysis gives it: lower case) that is a code a resident
     * typed on purpose (ABC123, 5g, wifi) rather than pinyin: latin letters and digits that contain a digit,
     * or whose letters do not split into pinyin syllables. Without Chinese characters in the query, letters
     * are also read as initials ({@link #parse}), so there they are a code only when they cannot be initials
     * either (a letter no syllable starts with: i, u, v). A code must match; Chinese and other scripts are
     * never codes.
     */
    static boolean isCode(String term, boolean besideChinese) {
        boolean digits = false;
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c >= 'a' && c <= 'z') {
                letters.append(c);
            } else if (c >= 128) {
                return false;
            }
        }
        if (digits) {
            return true;
        }
        if (letters.isEmpty() || segment(letters.toString()) != null) {
            return false;
        }
        return besideChinese || !readableAsInitials(letters);
    }

    private static boolean readableAsInitials(CharSequence letters) {
        for (int i = 0; i < letters.length(); i++) {
            if (!INITIAL_LETTERS[letters.charAt(i)]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A resident's query read every way the index can match it: the folded Chinese with question words
     * dropped ({@code chinese}, runs separated by spaces so no bigram spans a dropped word), pinyin tokens
     * ({@code pinyin}: bigrams, or the syllable of a one-syllable query), the syllables in order (for marking
     * titles), and initials typed as such ({@code initials}, or null). {@code fromCharacters}: the pinyin
     * was read from Chinese characters (for homophones) rather than typed.
     */
    record Parsed(
            String chinese, List<String> pinyin, List<String> syllables, String initials, boolean fromCharacters) {}

    /** Chinese queries up to this many characters are also matched by their pinyin (homophone typos). */
    static final int MAX_HOMOPHONE_QUERY = 8;

    static Parsed parse(String query) {
        String folded = fold(query).toLowerCase(Locale.ROOT);
        String chinese = withoutQuestionWords(folded);
        List<String> syllables = new ArrayList<>();
        String initials = null;
        int han = 0;
        for (int i = 0; i < chinese.length(); i++) {
            if (isHan(chinese.charAt(i))) {
                han++;
            }
        }
        if (han > 0) {
            if (han <= MAX_HOMOPHONE_QUERY) {
                List<String> pinyin = new ArrayList<>();
                for (String token : pinyinTokens(chinese, false).split(" ")) {
                    if (!token.isEmpty() && !pinyin.contains(token)) {
                        pinyin.add(token);
                    }
                }
                String[] perChar = syllables(chinese);
                for (String s : perChar) {
                    if (s != null) {
                        syllables.add(s);
                    }
                }
                return new Parsed(chinese, pinyin, syllables, null, true);
            }
            return new Parsed(chinese, List.of(), List.of(), null, true);
        }
        StringBuilder unsegmented = new StringBuilder();
        for (String part : folded.split("[^a-z]+")) {
            if (part.isEmpty()) {
                continue;
            }
            List<String> parts = segment(part);
            if (parts == null) {
                unsegmented.append(part);
            } else {
                syllables.addAll(parts);
            }
        }
        if (unsegmented.length() > 0) {
            // Letters that are not pinyin are initials: all of them, as typed, for one term.
            String letters = folded.replaceAll("[^a-z]", "");
            initials = letters.length() >= 2 && letters.length() <= MAX_INITIALS ? letters : null;
            syllables.clear();
        }
        List<String> pinyin = new ArrayList<>();
        if (syllables.size() == 1) {
            pinyin.add(syllables.get(0));
        }
        for (int i = 0; i + 1 < syllables.size(); i++) {
            String bigram = syllables.get(i) + BIGRAM_JOIN + syllables.get(i + 1);
            if (!pinyin.contains(bigram)) {
                pinyin.add(bigram);
            }
        }
        return new Parsed(chinese, pinyin, syllables, initials, false);
    }

    /**
     * Drops question words, and particles beside them or at either end, leaving a space so that the words
     * around them stay apart: 端午节有什么活动 → 端午节 活动.
     */
    static String withoutQuestionWords(String text) {
        boolean[] drop = new boolean[text.length()];
        for (String word : QUESTION_WORDS) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                for (int i = at; i < at + word.length(); i++) {
                    drop[i] = true;
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (drop[i] || PARTICLES.indexOf(c) < 0) {
                    continue;
                }
                boolean last = i == text.length() - 1 || !isHan(text.charAt(i + 1)) || drop[i + 1];
                boolean besideDropped = (i > 0 && drop[i - 1]) || (i + 1 < text.length() && drop[i + 1]);
                if (besideDropped || (last && FINAL_PARTICLES.indexOf(c) >= 0 && i > 0)) {
                    drop[i] = true;
                    changed = true;
                }
            }
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            kept.append(drop[i] ? ' ' : text.charAt(i));
        }
        String result = kept.toString().replaceAll(" +", " ").strip();
        // A query of nothing but question words keeps its text: something must be searched.
        return result.isEmpty() ? text : result;
    }

    private static List<String> initialRuns(String text) {
        String[] syllables = syllables(text);
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String syllable : syllables) {
            if (syllable != null) {
                run.append(syllable.charAt(0));
            } else if (run.length() > 0) {
                runs.add(run.toString());
                run.setLength(0);
            }
        }
        if (run.length() > 0) {
            runs.add(run.toString());
        }
        return runs;
    }
}
