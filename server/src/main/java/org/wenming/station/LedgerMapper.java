package org.wenming.station;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Reporting reads over receipts; titles come from content rows, deleted ones included. */
@Mapper
interface LedgerMapper {

    @Select("""
            <script>
            SELECT r.station_id AS stationId, r.receipt_id AS receiptId, r.content_id AS contentId,
                   c.title AS title, r.slot_time AS slotTime, r.started_at AS startedAt,
                   r.finished_at AS finishedAt, r.result AS result
            FROM play_receipt r LEFT JOIN content c ON c.id = r.content_id
            WHERE r.started_at &gt;= #{from} AND r.started_at &lt; #{to}
              AND r.station_id IN
              <foreach collection="stationIds" item="id" open="(" separator="," close=")">#{id}</foreach>
            ORDER BY r.started_at, r.station_id, r.id
            LIMIT #{limit} OFFSET #{offset}
            </script>
            """)
    List<LedgerRow> rows(
            @Param("stationIds") Collection<Long> stationIds,
            @Param("from") LocalDateTime from,
            @Param("to") LocalDateTime to,
            @Param("limit") int limit,
            @Param("offset") long offset);

    @Select("""
            <script>
            SELECT COUNT(*) FROM play_receipt r
            WHERE r.started_at &gt;= #{from} AND r.started_at &lt; #{to}
              AND r.station_id IN
              <foreach collection="stationIds" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>
            """)
    long count(
            @Param("stationIds") Collection<Long> stationIds,
            @Param("from") LocalDateTime from,
            @Param("to") LocalDateTime to);

    @Select("""
            <script>
            SELECT station_id AS stationId, MAX(started_at) AS lastPlayedAt FROM play_receipt
            WHERE station_id IN
            <foreach collection="stationIds" item="id" open="(" separator="," close=")">#{id}</foreach>
            GROUP BY station_id
            </script>
            """)
    List<LastPlayed> lastPlayed(@Param("stationIds") Collection<Long> stationIds);

    class LedgerRow {
        public Long stationId;
        public String receiptId;
        public Long contentId;
        public String title;
        public String slotTime;
        public LocalDateTime startedAt;
        public LocalDateTime finishedAt;
        public PlayResult result;
    }

    class LastPlayed {
        public Long stationId;
        public LocalDateTime lastPlayedAt;
    }
}
