package org.wenming.station;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/**
 * An urgent insert: during [startsAt, endsAt) its items replace every regular slot of the targeted stations.
 * {@code priority} (higher wins; regular slots have 0) and {@code volume} (percent, null = the box's own) tell
 * a box how to play it over whatever it is playing.
 */
@TableName("station_urgent")
class StationUrgent {

    @TableId(type = IdType.AUTO)
    private Long id;

    private String title;
    private Long ownerUnitId;
    private Long targetUnitId;
    private Long targetStationId;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String contentIds;
    private Integer priority;
    private Integer volume;
    private Long createdBy;
    private LocalDateTime createdAt;

    /** Ended before it began (see {@code ScheduleService#endUrgent}): it plays nowhere, not even at its start. */
    boolean endedBeforeItsStart() {
        return !endsAt.isAfter(startsAt);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getOwnerUnitId() {
        return ownerUnitId;
    }

    public void setOwnerUnitId(Long ownerUnitId) {
        this.ownerUnitId = ownerUnitId;
    }

    public Long getTargetUnitId() {
        return targetUnitId;
    }

    public void setTargetUnitId(Long targetUnitId) {
        this.targetUnitId = targetUnitId;
    }

    public Long getTargetStationId() {
        return targetStationId;
    }

    public void setTargetStationId(Long targetStationId) {
        this.targetStationId = targetStationId;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getContentIds() {
        return contentIds;
    }

    public void setContentIds(String contentIds) {
        this.contentIds = contentIds;
    }

    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    public Integer getVolume() {
        return volume;
    }

    public void setVolume(Integer volume) {
        this.volume = volume;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(Long createdBy) {
        this.createdBy = createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
