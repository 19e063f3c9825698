package org.wenming.station;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** A station's last heartbeat as it reported it; {@code missingSha256} is comma-separated. */
@TableName("station_heartbeat")
class StationHeartbeat {

    @TableId(type = IdType.INPUT)
    private Long stationId;

    private String appVersion;
    private String status;
    private Integer volume;
    private Long freeBytes;
    private Integer cachedCount;
    private String missingSha256;
    private String nowPlaying;
    private String lastError;
    private LocalDateTime receivedAt;

    public Long getStationId() {
        return stationId;
    }

    public void setStationId(Long stationId) {
        this.stationId = stationId;
    }

    public String getAppVersion() {
        return appVersion;
    }

    public void setAppVersion(String appVersion) {
        this.appVersion = appVersion;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getVolume() {
        return volume;
    }

    public void setVolume(Integer volume) {
        this.volume = volume;
    }

    public Long getFreeBytes() {
        return freeBytes;
    }

    public void setFreeBytes(Long freeBytes) {
        this.freeBytes = freeBytes;
    }

    public Integer getCachedCount() {
        return cachedCount;
    }

    public void setCachedCount(Integer cachedCount) {
        this.cachedCount = cachedCount;
    }

    public String getMissingSha256() {
        return missingSha256;
    }

    public void setMissingSha256(String missingSha256) {
        this.missingSha256 = missingSha256;
    }

    public String getNowPlaying() {
        return nowPlaying;
    }

    public void setNowPlaying(String nowPlaying) {
        this.nowPlaying = nowPlaying;
    }

    public String getLastError() {
        return lastError;
    }

    public void setLastError(String lastError) {
        this.lastError = lastError;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }
}
