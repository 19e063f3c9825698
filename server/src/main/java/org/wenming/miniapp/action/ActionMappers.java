package org.wenming.miniapp.action;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Persistence of residents' actions and the counters shown on content. */
final class ActionMappers {

    private ActionMappers() {}

    @Mapper
    interface FavouriteMapper extends BaseMapper<Favourite> {

        @Delete("DELETE FROM resident_favourite WHERE resident_id = #{residentId} AND content_id = #{contentId}")
        int remove(@Param("residentId") long residentId, @Param("contentId") long contentId);

        @Select("""
                <script>SELECT content_id FROM resident_favourite WHERE resident_id = #{residentId}
                AND content_id IN <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
                </script>""")
        List<Long> favourited(@Param("residentId") long residentId, @Param("ids") Collection<Long> ids);
    }

    @Mapper
    interface LikeMapper {

        @Insert("""
                INSERT INTO resident_like (resident_id, content_id, created_at)
                VALUES (#{residentId}, #{contentId}, #{now})
                """)
        void insert(
                @Param("residentId") long residentId,
                @Param("contentId") long contentId,
                @Param("now") LocalDateTime now);

        @Delete("DELETE FROM resident_like WHERE resident_id = #{residentId} AND content_id = #{contentId}")
        int remove(@Param("residentId") long residentId, @Param("contentId") long contentId);

        @Select("""
                <script>SELECT content_id FROM resident_like WHERE resident_id = #{residentId}
                AND content_id IN <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
                </script>""")
        List<Long> liked(@Param("residentId") long residentId, @Param("ids") Collection<Long> ids);
    }

    @Mapper
    interface ListeningMapper extends BaseMapper<ListeningEntry> {}

    /** What each resident opened; one row per resident and item, moved to the top by each opening. */
    @Mapper
    interface HistoryMapper {

        @Insert("""
                INSERT INTO resident_history (resident_id, content_id, opened_at)
                VALUES (#{residentId}, #{contentId}, #{now})
                ON DUPLICATE KEY UPDATE opened_at = #{now}
                """)
        void opened(
                @Param("residentId") long residentId,
                @Param("contentId") long contentId,
                @Param("now") LocalDateTime now);

        /** Most recent first, after the given position when {@code afterAt} is set. */
        @Select("""
                <script>SELECT id, content_id, opened_at FROM resident_history WHERE resident_id = #{residentId}
                <if test="afterAt != null">AND (opened_at &lt; #{afterAt} OR (opened_at = #{afterAt} AND id &lt; #{afterId}))</if>
                ORDER BY opened_at DESC, id DESC LIMIT #{limit}</script>""")
        List<HistoryRow> recent(
                @Param("residentId") long residentId,
                @Param("afterAt") LocalDateTime afterAt,
                @Param("afterId") Long afterId,
                @Param("limit") int limit);
    }

    record HistoryRow(Long id, Long contentId, LocalDateTime openedAt) {}

    /** One counter row per item, created by the first change; increments never read-modify-write. */
    @Mapper
    interface ContentStatMapper {

        @Insert("""
                INSERT INTO content_stat (content_id, favourites, likes, views)
                VALUES (#{contentId}, GREATEST(#{favourites}, 0), GREATEST(#{likes}, 0), GREATEST(#{views}, 0))
                ON DUPLICATE KEY UPDATE favourites = GREATEST(favourites + #{favourites}, 0),
                    likes = GREATEST(likes + #{likes}, 0), views = views + #{views}
                """)
        void add(
                @Param("contentId") long contentId,
                @Param("favourites") long favourites,
                @Param("likes") long likes,
                @Param("views") long views);

        @Select("""
                <script>SELECT content_id, favourites, likes, views FROM content_stat WHERE content_id IN
                <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach></script>""")
        List<StatRow> find(@Param("ids") Collection<Long> ids);
    }

    /** Views per item per day; a flush adds its batch to the day's row. */
    @Mapper
    interface ContentViewDayMapper {

        @Insert("""
                INSERT INTO content_view_day (content_id, view_date, views)
                VALUES (#{contentId}, #{day}, #{views})
                ON DUPLICATE KEY UPDATE views = views + #{views}
                """)
        void add(@Param("contentId") long contentId, @Param("day") LocalDate day, @Param("views") long views);
    }

    record StatRow(Long contentId, Long favourites, Long likes, Long views) {}
}
