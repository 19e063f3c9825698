package org.wenming.content;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.wenming.common.validation.SaneDate;

/** Bodies of the workflow actions. */
final class WorkflowRequests {

    private WorkflowRequests() {}

    /**
     * A reviewer's comment on approval, or the reason of a rejection or an offline action. {@code version}
     * is the version a reviewer read; an approval or rejection of an item that changed since is refused.
     */
    record Remark(@Size(max = 500) String reason, Integer version) {}

    record Publish(
            @SaneDate LocalDateTime publishAt, @SaneDate LocalDateTime offlineAt) {}

    /** Restores a revision on top of the item's current {@code version}. */
    record Restore(@NotNull Integer version) {}

    record ReviewLevels(@NotNull Integer levels) {}
}
