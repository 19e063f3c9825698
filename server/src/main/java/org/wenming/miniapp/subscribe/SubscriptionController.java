package org.wenming.miniapp.subscribe;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.common.paging.PageLimits;
import org.wenming.common.paging.PageResult;
import org.wenming.common.security.RequiresRole;
import org.wenming.common.security.Role;
import org.wenming.miniapp.auth.ResidentPrincipal;

/** Residents subscribe to topics (mini program); administrators read what was sent and how it went. */
@RestController
class SubscriptionController {

    private final SubscriptionService subscriptions;

    public SubscriptionController(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Operation(summary = "订阅栏目列表（含本人剩余次数）")
    @GetMapping("/api/mini/v1/subscriptions")
    public List<SubscribeViews.Topic> topics(ResidentPrincipal resident) {
        return subscriptions.topics(resident);
    }

    /** Call once for every "accept" wx.requestSubscribeMessage returned for the topic's template. */
    @Operation(summary = "接受订阅消息（增加一次额度）")
    @PostMapping("/api/mini/v1/subscriptions/{topic}")
    public SubscribeViews.Topic accept(ResidentPrincipal resident, @PathVariable String topic) {
        return subscriptions.accept(resident, topic);
    }

    @Operation(summary = "取消订阅")
    @DeleteMapping("/api/mini/v1/subscriptions/{topic}")
    public SubscribeViews.Topic cancel(ResidentPrincipal resident, @PathVariable String topic) {
        return subscriptions.cancel(resident, topic);
    }

    @RequiresRole(value = Role.ADMIN, banner = true)
    @Operation(summary = "订阅消息发送记录")
    @GetMapping("/api/admin/v1/subscribe-messages")
    public PageResult<SubscribeViews.Message> messages(
            @RequestParam(required = false) Long contentId,
            @RequestParam(required = false) SubscribeMessage.Status status,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size) {
        return subscriptions.messages(
                contentId,
                status,
                PageLimits.checkPage(page),
                PageLimits.checkSize(size, PageLimits.ADMIN_MAX_PAGE_SIZE));
    }
}
