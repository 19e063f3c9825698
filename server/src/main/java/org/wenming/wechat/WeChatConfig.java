package org.wenming.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.api.impl.WxMaServiceImpl;
import cn.binarywang.wx.miniapp.config.WxMaConfig;
import cn.binarywang.wx.miniapp.config.impl.WxMaDefaultConfigImpl;
import cn.binarywang.wx.miniapp.config.impl.WxMaRedisBetterConfigImpl;
import me.chanjar.weixin.common.redis.RedisTemplateWxRedisOps;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.util.StringUtils;

/**
 * One {@link WxMaService} for the whole process, wired by hand. The access token is the stable one
 * (/cgi-bin/stable_token), so a refresh on one instance does not invalidate the token another instance
 * holds; under the {@code redis} profile it is also kept in Redis, so all instances share one token and
 * fetch it once.
 */
@Configuration
class WeChatConfig {

    @Bean
    @Profile("!redis")
    WxMaConfig wxMaConfig(WeChatProperties properties) {
        return configure(new WxMaDefaultConfigImpl(), properties);
    }

    @Bean
    @Profile("redis")
    WxMaConfig wxMaRedisConfig(WeChatProperties properties, StringRedisTemplate redis) {
        return configure(
                new WxMaRedisBetterConfigImpl(new RedisTemplateWxRedisOps(redis), properties.redisKeyPrefix()),
                properties);
    }

    @Bean
    WxMaService wxMaService(WxMaConfig config, WeChatProperties properties) {
        WxMaServiceImpl service = new WxMaServiceImpl();
        service.setWxMaConfig(config);
        service.setMaxRetryTimes(properties.busyRetries());
        service.setRetrySleepMillis((int) properties.busyRetryDelay().toMillis());
        return service;
    }

    private static <T extends WxMaDefaultConfigImpl> T configure(T config, WeChatProperties properties) {
        config.setAppid(properties.appid());
        config.setSecret(properties.secret());
        config.setToken(properties.token());
        if (StringUtils.hasText(properties.aesKey())) {
            config.setAesKey(properties.aesKey());
        }
        config.setMsgDataFormat("JSON");
        config.setApiHostUrl(properties.apiHostUrl().replaceAll("/+$", ""));
        config.useStableAccessToken(true);
        return config;
    }
}
