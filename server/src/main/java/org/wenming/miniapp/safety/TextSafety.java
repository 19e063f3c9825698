package org.wenming.miniapp.safety;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.wechat.WeChatClient;

/**
 * Text a resident wants to show others: the local word list first (no call to WeChat for the obvious), then
 * msgSecCheck v2.
 */
@Component
public class TextSafety {

    private final BlockedWords words;
    private final WeChatClient wechat;

    public TextSafety(BlockedWords words, WeChatClient wechat) {
        this.words = words;
        this.wechat = wechat;
    }

    /** WeChat's verdict for text that passed the word list; risky text is refused with a problem. */
    public WeChatClient.TextVerdict requireNotRisky(String openid, int scene, String text) {
        if (words.find(text).isPresent()) {
            throw new ApiException(ErrorCode.CONTENT_RISKY, "内容含有不适宜发布的词语，请修改后再提交");
        }
        WeChatClient.TextVerdict verdict = wechat.checkText(openid, scene, text);
        if (verdict.suggest() == WeChatClient.Suggest.RISKY) {
            throw new ApiException(
                    ErrorCode.CONTENT_RISKY, "内容未通过微信内容安全检测，请修改后再提交", Map.of("label", String.valueOf(verdict.label())));
        }
        return verdict;
    }
}
