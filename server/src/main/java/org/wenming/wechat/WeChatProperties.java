package org.wenming.wechat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The mini program's WeChat account: app id and secret, the message-push token and AES key, and the API
 * host (WeChat's own, a forward proxy, or a stub in tests). See README.md for the environment variables.
 *
 * @param busyRetries     how often the SDK repeats a call WeChat answered with "system busy" (-1)
 * @param busyRetryDelay  the first pause before such a repeat; it doubles each time
 * @param redisKeyPrefix  prefix of the access-token key under the {@code redis} profile
 * @param codeEnvVersion  which version of the mini program the share codes open (release, trial, develop)
 */
@Validated
@ConfigurationProperties("wenming.wechat")
record WeChatProperties(
        @NotBlank String appid,
        String secret,
        String token,

        @Pattern(regexp = "^$|^[A-Za-z0-9+/]{43}$", message = "EncodingAESKey 必须是 43 位")
        String aesKey,

        @NotBlank String apiHostUrl,
        @Min(0) @Max(5) int busyRetries,
        @NotNull Duration busyRetryDelay,
        @NotBlank String redisKeyPrefix,
        @Pattern(regexp = "release|trial|develop") String codeEnvVersion) {}
