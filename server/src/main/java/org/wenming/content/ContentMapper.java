package org.wenming.content;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
interface ContentMapper extends BaseMapper<Content> {

    /**
     * Moves one item from one status to another only if it is still in the expected status, so a scheduled
     * transition that two instances attempt at once happens exactly once.
     */
    @Update("""
            UPDATE content SET status = #{to}, published_at = COALESCE(#{publishedAt}, published_at),
                   version = version + 1, updated_at = #{now}
            WHERE id = #{id} AND status = #{from} AND deleted = 0
            """)
    int moveStatus(
            @Param("id") long id,
            @Param("from") ContentStatus from,
            @Param("to") ContentStatus to,
            @Param("publishedAt") LocalDateTime publishedAt,
            @Param("now") LocalDateTime now);

    /**
     * Moves an item's version on without touching its fields (full-row updates would need them all), only if
     * it is still at {@code version}.
     */
    @Update("""
            UPDATE content SET version = version + 1, updated_at = #{now}
            WHERE id = #{id} AND version = #{version} AND deleted = 0
            """)
    int advanceVersion(@Param("id") long id, @Param("version") int version, @Param("now") LocalDateTime now);
}
