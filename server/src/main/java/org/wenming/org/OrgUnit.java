package org.wenming.org;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A unit of the organisation tree. {@code path} lists the codes from the root ("/naiman/xinzhen/"), so the
 * subtree of a unit is every unit whose path starts with its path.
 */
@TableName("org_unit")
public class OrgUnit implements Serializable {

    @TableId(type = IdType.AUTO)
    private Long id;

    private String code;
    private String name;
    private String nameMn;
    private OrgUnitType type;
    private Long parentId;
    private String path;
    private Integer sortOrder;
    /**
     * Sample data of the content pack. Not named "sample": the SQL parser that pages queries treats that word
     * as a keyword, also as a column alias, and would fall back to a slow count.
     */
    @TableField("is_sample")
    private Boolean sampleData;

    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    public boolean contains(OrgUnit other) {
        return other.getPath().startsWith(path);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameMn() {
        return nameMn;
    }

    public void setNameMn(String nameMn) {
        this.nameMn = nameMn;
    }

    public OrgUnitType getType() {
        return type;
    }

    public void setType(OrgUnitType type) {
        this.type = type;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public Boolean getSampleData() {
        return sampleData;
    }

    public void setSampleData(Boolean sampleData) {
        this.sampleData = sampleData;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }
}
