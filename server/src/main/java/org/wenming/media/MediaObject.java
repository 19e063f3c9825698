package org.wenming.media;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** One stored file, content-addressed; {@code orgUnitId} and {@code createdBy} are its first uploader's. */
@TableName("media_object")
class MediaObject {

    @TableId(type = IdType.AUTO)
    private Long id;

    private String mediaKey;
    private String sha256;
    private String contentType;
    private String extension;
    private Long sizeBytes;
    private Integer durationSeconds;
    private Integer bitrateKbps;
    private Integer width;
    private Integer height;
    /** Comma-separated widths of the stored JPEG thumbnails; null for audio. */
    private String thumbnailWidths;

    private Long orgUnitId;
    private Long createdBy;
    private LocalDateTime createdAt;

    public MediaInfo info() {
        return new MediaInfo(mediaKey, contentType, sizeBytes, sha256, durationSeconds, bitrateKbps, width, height);
    }

    public List<Integer> thumbnails() {
        return thumbnailWidths == null || thumbnailWidths.isEmpty()
                ? List.of()
                : Arrays.stream(thumbnailWidths.split(","))
                        .map(Integer::valueOf)
                        .toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getMediaKey() {
        return mediaKey;
    }

    public void setMediaKey(String mediaKey) {
        this.mediaKey = mediaKey;
    }

    public String getSha256() {
        return sha256;
    }

    public void setSha256(String sha256) {
        this.sha256 = sha256;
    }

    public String getContentType() {
        return contentType;
    }

    public void setContentType(String contentType) {
        this.contentType = contentType;
    }

    public String getExtension() {
        return extension;
    }

    public void setExtension(String extension) {
        this.extension = extension;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public void setSizeBytes(Long sizeBytes) {
        this.sizeBytes = sizeBytes;
    }

    public Integer getDurationSeconds() {
        return durationSeconds;
    }

    public void setDurationSeconds(Integer durationSeconds) {
        this.durationSeconds = durationSeconds;
    }

    public Integer getBitrateKbps() {
        return bitrateKbps;
    }

    public void setBitrateKbps(Integer bitrateKbps) {
        this.bitrateKbps = bitrateKbps;
    }

    public Integer getWidth() {
        return width;
    }

    public void setWidth(Integer width) {
        this.width = width;
    }

    public Integer getHeight() {
        return height;
    }

    public void setHeight(Integer height) {
        this.height = height;
    }

    public String getThumbnailWidths() {
        return thumbnailWidths;
    }

    public void setThumbnailWidths(String thumbnailWidths) {
        this.thumbnailWidths = thumbnailWidths;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public void setOrgUnitId(Long orgUnitId) {
        this.orgUnitId = orgUnitId;
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
