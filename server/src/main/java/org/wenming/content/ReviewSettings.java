package org.wenming.content;

import java.time.Clock;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wenming.audit.AuditService;
import org.wenming.common.config.WenmingProperties;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.security.Actor;

/**
 * How many review levels a submission passes (1 to 3, 三审). Stored in the database so every instance
 * uses the same value; the configured default applies until an administrator sets one.
 */
@Service
class ReviewSettings {

    static final String REVIEW_LEVELS = "review.levels";

    private final SettingMapper mapper;
    private final WenmingProperties properties;
    private final AuditService audit;
    private final Clock clock;

    public ReviewSettings(SettingMapper mapper, WenmingProperties properties, AuditService audit, Clock clock) {
        this.mapper = mapper;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    public int reviewLevels() {
        String stored = mapper.find(REVIEW_LEVELS);
        return stored == null ? properties.workflow().defaultReviewLevels() : Integer.parseInt(stored);
    }

    @Transactional
    public int setReviewLevels(Actor actor, int levels) {
        if (levels < 1 || levels > 3) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "审核级数只能是 1、2 或 3");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (mapper.update(REVIEW_LEVELS, String.valueOf(levels), now) == 0) {
            mapper.insert(REVIEW_LEVELS, String.valueOf(levels), now);
        }
        audit.record(actor, "REVIEW_LEVELS_SET", "SETTING", REVIEW_LEVELS, String.valueOf(levels));
        return levels;
    }

    @Mapper
    public interface SettingMapper {

        @Select("SELECT setting_value FROM app_setting WHERE name = #{name}")
        String find(String name);

        @Update("UPDATE app_setting SET setting_value = #{value}, updated_at = #{now} WHERE name = #{name}")
        int update(@Param("name") String name, @Param("value") String value, @Param("now") LocalDateTime now);

        @Insert("INSERT INTO app_setting (name, setting_value, updated_at) VALUES (#{name}, #{value}, #{now})")
        void insert(@Param("name") String name, @Param("value") String value, @Param("now") LocalDateTime now);
    }
}
