package org.wenming.search;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The outbox of changes the index must follow; see V20__search_outbox.sql. */
@Mapper
interface SearchOutboxMapper {

    @Insert(
            "INSERT INTO search_outbox (content_id, content_version, created_at) VALUES (#{contentId}, #{version}, #{now})")
    void insert(@Param("contentId") long contentId, @Param("version") int version, @Param("now") LocalDateTime now);

    @Select("""
            SELECT id FROM search_outbox
            WHERE processed_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= #{now})
              AND (claimed_until IS NULL OR claimed_until < #{now})
            ORDER BY id LIMIT #{limit}
            """)
    List<Long> due(@Param("now") LocalDateTime now, @Param("limit") int limit);

    /** Takes the rows that nobody holds; rows another instance claimed meanwhile are left to it. */
    @Update("""
            <script>
            UPDATE search_outbox SET claimed_by = #{token}, claimed_until = #{until}
            WHERE processed_at IS NULL AND (claimed_until IS NULL OR claimed_until &lt; #{now}) AND id IN
            <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>
            """)
    int claim(
            @Param("ids") Collection<Long> ids,
            @Param("token") String token,
            @Param("until") LocalDateTime until,
            @Param("now") LocalDateTime now);

    @Select(
            "SELECT id, content_id AS contentId, attempts FROM search_outbox WHERE claimed_by = #{token} AND processed_at IS NULL")
    List<OutboxRow> claimed(@Param("token") String token);

    @Update("""
            <script>
            UPDATE search_outbox SET processed_at = #{now}, claimed_until = NULL WHERE id IN
            <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>
            """)
    void markProcessed(@Param("ids") Collection<Long> ids, @Param("now") LocalDateTime now);

    @Update("""
            UPDATE search_outbox SET attempts = attempts + 1, next_attempt_at = #{next}, failed_at = #{now},
                   last_error = #{error}, claimed_by = NULL, claimed_until = NULL
            WHERE id = #{id}
            """)
    void markFailed(
            @Param("id") long id,
            @Param("next") LocalDateTime next,
            @Param("now") LocalDateTime now,
            @Param("error") String error);

    @Select("SELECT COUNT(*) FROM search_outbox WHERE processed_at IS NULL")
    long pendingCount();

    @Select("SELECT COUNT(*) FROM search_outbox WHERE processed_at IS NULL AND attempts > 0")
    long failingCount();

    @Select("SELECT MIN(created_at) FROM search_outbox WHERE processed_at IS NULL")
    LocalDateTime oldestPending();

    @Select(
            "SELECT last_error AS message, failed_at AS failedAt FROM search_outbox WHERE failed_at IS NOT NULL ORDER BY failed_at DESC, id DESC LIMIT 1")
    LastError lastError();

    @Select("SELECT DISTINCT content_id FROM search_outbox WHERE processed_at IS NULL")
    List<Long> pendingContentIds();

    @Select("SELECT DISTINCT content_id FROM search_outbox WHERE created_at >= #{since}")
    List<Long> changedSince(@Param("since") LocalDateTime since);

    /** Enqueues again every item changed since {@code since}: the index that a rebuild just made live follows them. */
    @Insert("""
            INSERT INTO search_outbox (content_id, content_version, created_at)
            SELECT content_id, MAX(content_version), #{now} FROM search_outbox WHERE created_at >= #{since}
            GROUP BY content_id
            """)
    int replaySince(@Param("since") LocalDateTime since, @Param("now") LocalDateTime now);

    @Delete("DELETE FROM search_outbox WHERE processed_at IS NOT NULL AND processed_at < #{before}")
    int purgeProcessed(@Param("before") LocalDateTime before);

    record OutboxRow(Long id, Long contentId, Integer attempts) {}

    record LastError(String message, LocalDateTime failedAt) {}
}
