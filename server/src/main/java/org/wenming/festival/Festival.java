package org.wenming.festival;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.io.Serializable;
import java.time.LocalDateTime;

@TableName("festival")
public class Festival implements Serializable {

    @TableId(type = IdType.AUTO)
    private Long id;

    private String code;
    private String name;
    private FestivalRule ruleType;
    private Integer ruleMonth;
    private Integer ruleDay;
    private String solarTerm;
    private String description;
    private Boolean builtin;
    private Integer sortOrder;
    private LocalDateTime createdAt;

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

    public FestivalRule getRuleType() {
        return ruleType;
    }

    public void setRuleType(FestivalRule ruleType) {
        this.ruleType = ruleType;
    }

    public Integer getRuleMonth() {
        return ruleMonth;
    }

    public void setRuleMonth(Integer ruleMonth) {
        this.ruleMonth = ruleMonth;
    }

    public Integer getRuleDay() {
        return ruleDay;
    }

    public void setRuleDay(Integer ruleDay) {
        this.ruleDay = ruleDay;
    }

    public String getSolarTerm() {
        return solarTerm;
    }

    public void setSolarTerm(String solarTerm) {
        this.solarTerm = solarTerm;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Boolean getBuiltin() {
        return builtin;
    }

    public void setBuiltin(Boolean builtin) {
        this.builtin = builtin;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
