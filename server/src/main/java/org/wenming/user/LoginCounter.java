package org.wenming.user;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Failed sign-ins of one scope (see {@link LoginGuard}); {@code version} makes every change a compare-and-set,
 * so instances that count at the same moment never overwrite each other's count.
 */
@TableName("login_guard")
class LoginCounter {

    @TableId(type = IdType.INPUT)
    private String scopeKey;

    private String username;
    private Integer failures;
    private LocalDateTime blockedUntil;
    private LocalDateTime lastFailureAt;
    private LocalDateTime succeededAt;
    private Long version;

    static LoginCounter empty(String scopeKey, String username) {
        LoginCounter counter = new LoginCounter();
        counter.setScopeKey(scopeKey);
        counter.setUsername(username);
        counter.setFailures(0);
        counter.setVersion(0L);
        return counter;
    }

    boolean blockedAt(LocalDateTime now) {
        return blockedUntil != null && blockedUntil.isAfter(now);
    }

    /** The failures still remembered: none once {@code memory} has passed since the last one. */
    int failuresAt(LocalDateTime now, Duration memory) {
        return lastFailureAt == null || !lastFailureAt.plus(memory).isAfter(now) ? 0 : failures;
    }

    public String getScopeKey() {
        return scopeKey;
    }

    public void setScopeKey(String scopeKey) {
        this.scopeKey = scopeKey;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Integer getFailures() {
        return failures;
    }

    public void setFailures(Integer failures) {
        this.failures = failures;
    }

    public LocalDateTime getBlockedUntil() {
        return blockedUntil;
    }

    public void setBlockedUntil(LocalDateTime blockedUntil) {
        this.blockedUntil = blockedUntil;
    }

    public LocalDateTime getLastFailureAt() {
        return lastFailureAt;
    }

    public void setLastFailureAt(LocalDateTime lastFailureAt) {
        this.lastFailureAt = lastFailureAt;
    }

    public LocalDateTime getSucceededAt() {
        return succeededAt;
    }

    public void setSucceededAt(LocalDateTime succeededAt) {
        this.succeededAt = succeededAt;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
