package org.wenming.audit;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDateTime;

@TableName("audit_log")
class AuditEntry {

    @TableId(type = IdType.AUTO)
    private Long id;

    private Long actorId;
    private String actorName;
    /** The paths of the actor's and of the object's unit, by which a reader's subtree filters entries. */
    @JsonIgnore
    private String actorUnitPath;

    @JsonIgnore
    private String targetUnitPath;

    private String action;
    private String targetType;
    private String targetId;
    private String detail;
    private String ip;
    private LocalDateTime createdAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getActorId() {
        return actorId;
    }

    public void setActorId(Long actorId) {
        this.actorId = actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public void setActorName(String actorName) {
        this.actorName = actorName;
    }

    public String getActorUnitPath() {
        return actorUnitPath;
    }

    public void setActorUnitPath(String actorUnitPath) {
        this.actorUnitPath = actorUnitPath;
    }

    public String getTargetUnitPath() {
        return targetUnitPath;
    }

    public void setTargetUnitPath(String targetUnitPath) {
        this.targetUnitPath = targetUnitPath;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getTargetType() {
        return targetType;
    }

    public void setTargetType(String targetType) {
        this.targetType = targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public void setTargetId(String targetId) {
        this.targetId = targetId;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }

    public String getIp() {
        return ip;
    }

    public void setIp(String ip) {
        this.ip = ip;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
