package org.wenming.miniapp.subscribe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Template values are cut to what WeChat accepts for the key's type, counting characters, not bytes. */
class TemplateDataTest {

    @Test
    void valuesAreCutToTheLimitOfTheirKeyType() {
        String title = "奈曼旗新时代文明实践中心二〇二六年春节联欢晚会节目单发布";
        assertThat(SubscribeDispatcher.fit("thing1", title)).hasSize(20).endsWith("…");
        assertThat(SubscribeDispatcher.fit("thing2", "短标题")).isEqualTo("短标题");
        assertThat(SubscribeDispatcher.fit("phrase3", "新音频上线啦")).isEqualTo("新音频上…");
        assertThat(SubscribeDispatcher.fit("time4", "2026-11-29 10:00")).isEqualTo("2026-11-29 10:00");
        assertThat(SubscribeDispatcher.fit("thing5", null)).isEmpty();
    }
}
