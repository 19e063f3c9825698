package org.wenming.wechat;

/** WeChat's asynchronous verdict on a media file, pushed to /wx/portal for the trace id of the check. */
public record MediaCheckVerdict(String traceId, WeChatClient.Suggest suggest, String label) {}
