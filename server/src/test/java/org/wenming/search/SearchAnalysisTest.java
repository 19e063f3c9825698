package org.wenming.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The application-side analysis both engines index: folding, pinyin, initials and query reading. */
class SearchAnalysisTest {

    @Test
    void traditionalCharactersFoldToSimplifiedOneForOne() {
        assertThat(SearchAnalysis.fold("端午節學雷鋒")).isEqualTo("端午节学雷锋");
        assertThat(SearchAnalysis.fold("ＡＢＣ１２３｜")).isEqualTo("ABC123｜");
        assertThat(SearchAnalysis.fold("ᠬᠣᠰᠢᠭᠤ")).isEqualTo("ᠬᠣᠰᠢᠭᠤ");
    }

    @Test
    void pinyinReadsPolyphonicCharactersByTheirWord() {
        assertThat(SearchAnalysis.pinyinKey("重阳节敬长者")).isEqualTo("chongyangjiejingzhangzhe");
        assertThat(SearchAnalysis.pinyinKey("新时代文明实践的重要")).isEqualTo("xinshidaiwenmingshijiandezhongyao");
        assertThat(SearchAnalysis.initialsKey("端午节")).isEqualTo("dwj");
        assertThat(SearchAnalysis.pinyinTokens("端午节，包粽", true))
                .isEqualTo("duan duan_wu wu wu_jie jie bao bao_zong zong");
        assertThat(SearchAnalysis.initialsTokens("端午节")).isEqualTo("dw dwj wj");
    }

    @Test
    void latinInputIsReadAsPinyinOrInitials() {
        assertThat(SearchAnalysis.segment("duanwu")).containsExactly("duan", "wu");
        assertThat(SearchAnalysis.segment("xueleifeng")).containsExactly("xue", "lei", "feng");
        assertThat(SearchAnalysis.segment("xian")).containsExactly("xian");
        assertThat(SearchAnalysis.segment("dwj")).isNull();
        assertThat(SearchAnalysis.parse("duan wu").pinyin()).containsExactly("duan_wu");
        assertThat(SearchAnalysis.parse("zongzi").pinyin()).containsExactly("zong_zi");
        assertThat(SearchAnalysis.parse("zong").pinyin()).containsExactly("zong");
        assertThat(SearchAnalysis.parse("dwj").initials()).isEqualTo("dwj");
        assertThat(SearchAnalysis.parse("学雷峰").pinyin()).containsExactly("xue_lei", "lei_feng");
    }

    @Test
    void questionWordsAreDroppedAndParticlesBesideThem() {
        assertThat(SearchAnalysis.withoutQuestionWords("端午节有什么活动")).isEqualTo("端午节 活动");
        assertThat(SearchAnalysis.withoutQuestionWords("怎么参加志愿服务")).isEqualTo("参加志愿服务");
        assertThat(SearchAnalysis.withoutQuestionWords("草原书屋在哪里")).isEqualTo("草原书屋");
        assertThat(SearchAnalysis.withoutQuestionWords("婚事新办是什么")).isEqualTo("婚事新办");
        assertThat(SearchAnalysis.withoutQuestionWords("党的二十大精神")).isEqualTo("党的二十大精神");
        assertThat(SearchAnalysis.withoutQuestionWords("和谐社会")).isEqualTo("和谐社会");
        assertThat(SearchAnalysis.withoutQuestionWords("幸福都是奋斗出来的")).isEqualTo("幸福都是奋斗出来");
        assertThat(SearchAnalysis.withoutQuestionWords("什么")).isEqualTo("什么");
    }

    @Test
    void codesAreLatinOrDigitsThatAreNotPinyin() {
        assertThat(SearchAnalysis.isCode("abc123", true)).isTrue();
        assertThat(SearchAnalysis.isCode("5g", false)).isTrue();
        assertThat(SearchAnalysis.isCode("2024", false)).isTrue();
        assertThat(SearchAnalysis.isCode("gjkqxb", true)).isTrue();
        assertThat(SearchAnalysis.isCode("wifi", false)).isTrue();
        assertThat(SearchAnalysis.isCode("duanwu", true)).isFalse();
        assertThat(SearchAnalysis.isCode("dwj", false)).isFalse();
        assertThat(SearchAnalysis.isCode("同步", true)).isFalse();
        assertThat(SearchAnalysis.isCode("ᠬᠣᠰᠢᠭᠤ", false)).isFalse();
    }

    @Test
    void coverageRequiresHalfOfLongerQueries() {
        assertThat(List.of(1, 2, 3, 4, 5, 10).stream().map(QueryShape::minimumShouldMatch))
                .containsExactly(1, 1, 2, 2, 3, 5);
    }
}
