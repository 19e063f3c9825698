package org.wenming.search;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Rebuild runs and their progress; see V20__search_outbox.sql. */
@Mapper
interface ReindexMapper {

    /** Fails with a duplicate key while another rebuild runs (running_guard is unique). */
    @Insert("""
            INSERT INTO search_reindex (status, running_guard, started_by, started_at, heartbeat_at)
            VALUES ('RUNNING', 1, #{startedBy}, #{now}, #{now})
            """)
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    void start(ReindexStart start);

    /** A run whose instance stopped sending heartbeats died with it; it no longer blocks new runs. */
    @Update("""
            UPDATE search_reindex SET status = 'FAILED', running_guard = NULL, finished_at = #{now},
                   failure = '重建进程中断'
            WHERE status = 'RUNNING' AND heartbeat_at < #{staleBefore}
            """)
    int abandonStale(@Param("staleBefore") LocalDateTime staleBefore, @Param("now") LocalDateTime now);

    @Update(
            "UPDATE search_reindex SET total_items = #{total}, done_items = #{done}, heartbeat_at = #{now} WHERE id = #{id}")
    void progress(
            @Param("id") long id,
            @Param("total") long total,
            @Param("done") long done,
            @Param("now") LocalDateTime now);

    @Update("""
            UPDATE search_reindex SET status = #{status}, running_guard = NULL, index_name = #{indexName},
                   failure = #{failure}, finished_at = #{now}, heartbeat_at = #{now}
            WHERE id = #{id}
            """)
    void finish(
            @Param("id") long id,
            @Param("status") String status,
            @Param("indexName") String indexName,
            @Param("failure") String failure,
            @Param("now") LocalDateTime now);

    @Select("""
            SELECT id, status, total_items AS total, done_items AS done, index_name AS indexName, failure,
                   started_by AS startedBy, started_at AS startedAt, finished_at AS finishedAt
            FROM search_reindex WHERE id = #{id}
            """)
    ReindexProgress find(@Param("id") long id);

    @Select("""
            SELECT id, status, total_items AS total, done_items AS done, index_name AS indexName, failure,
                   started_by AS startedBy, started_at AS startedAt, finished_at AS finishedAt
            FROM search_reindex ORDER BY id DESC LIMIT 1
            """)
    ReindexProgress latest();

    /** The generated id comes back in {@link #id}. */
    final class ReindexStart {
        private Long id;
        private final String startedBy;
        private final LocalDateTime now;

        ReindexStart(String startedBy, LocalDateTime now) {
            this.startedBy = startedBy;
            this.now = now;
        }

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public String getStartedBy() {
            return startedBy;
        }

        public LocalDateTime getNow() {
            return now;
        }
    }
}
