package org.wenming.miniapp.action;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Request bodies of residents' actions. */
final class ActionRequests {

    private ActionRequests() {}

    public record Progress(
            @NotNull(message = "缺少播放位置") @Min(value = 0, message = "播放位置不能为负")
            Integer positionSeconds,

            Boolean completed) {}
}
