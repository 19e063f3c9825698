package org.wenming.user;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** One sign-in to the console: which device, from where, when; {@code endedAt} once it was signed out. */
@TableName("sign_in_session")
class SignInSession {

    @TableId(type = IdType.INPUT)
    private String id;

    private Long userId;
    private String device;
    private String ip;
    private LocalDateTime signedInAt;
    private LocalDateTime lastSeenAt;
    private LocalDateTime endedAt;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    public String getDevice() {
        return device;
    }

    public void setDevice(String device) {
        this.device = device;
    }

    public String getIp() {
        return ip;
    }

    public void setIp(String ip) {
        this.ip = ip;
    }

    public LocalDateTime getSignedInAt() {
        return signedInAt;
    }

    public void setSignedInAt(LocalDateTime signedInAt) {
        this.signedInAt = signedInAt;
    }

    public LocalDateTime getLastSeenAt() {
        return lastSeenAt;
    }

    public void setLastSeenAt(LocalDateTime lastSeenAt) {
        this.lastSeenAt = lastSeenAt;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public void setEndedAt(LocalDateTime endedAt) {
        this.endedAt = endedAt;
    }
}
