package org.wenming.miniapp.subscribe;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Persistence of subscriptions (quotas), announcements and the messages with every send attempt. */
final class SubscribeMappers {

    private SubscribeMappers() {}

    record Quota(String topic, int quota) {}

    record Recipient(long residentId, String openid) {}

    @Mapper
    interface SubscriptionMapper {

        @Select("SELECT topic, quota FROM resident_subscription WHERE resident_id = #{residentId}")
        List<Quota> quotas(long residentId);

        @Update("""
                UPDATE resident_subscription SET quota = LEAST(quota + 1, #{max}), updated_at = #{now}
                WHERE resident_id = #{residentId} AND topic = #{topic}
                """)
        int increment(
                @Param("residentId") long residentId,
                @Param("topic") String topic,
                @Param("max") int max,
                @Param("now") LocalDateTime now);

        @Insert("""
                INSERT INTO resident_subscription (resident_id, topic, quota, updated_at)
                VALUES (#{residentId}, #{topic}, 1, #{now})
                """)
        void insertFirst(
                @Param("residentId") long residentId, @Param("topic") String topic, @Param("now") LocalDateTime now);

        @Update("""
                UPDATE resident_subscription SET quota = #{quota}, updated_at = #{now}
                WHERE resident_id = #{residentId} AND topic = #{topic}
                """)
        int set(
                @Param("residentId") long residentId,
                @Param("topic") String topic,
                @Param("quota") int quota,
                @Param("now") LocalDateTime now);

        /** Uses one unit of quota if there is one: the condition makes it safe against concurrent sends. */
        @Update("""
                UPDATE resident_subscription SET quota = quota - 1, updated_at = #{now}
                WHERE resident_id = #{residentId} AND topic = #{topic} AND quota > 0
                """)
        int consume(
                @Param("residentId") long residentId, @Param("topic") String topic, @Param("now") LocalDateTime now);

        @Select("""
                SELECT s.resident_id, r.openid FROM resident_subscription s JOIN resident r ON r.id = s.resident_id
                WHERE s.topic = #{topic} AND s.quota > 0 AND s.resident_id > #{after}
                ORDER BY s.resident_id LIMIT #{limit}
                """)
        List<Recipient> recipients(@Param("topic") String topic, @Param("after") long after, @Param("limit") int limit);
    }

    @Mapper
    interface DispatchMapper {

        @Insert("""
                INSERT INTO subscribe_dispatch (content_id, topic, recipients, created_at)
                VALUES (#{contentId}, #{topic}, 0, #{now})
                """)
        @Options(useGeneratedKeys = true, keyProperty = "row.id", keyColumn = "id")
        void insert(
                @Param("contentId") long contentId,
                @Param("topic") String topic,
                @Param("now") LocalDateTime now,
                @Param("row") DispatchRow row);

        @Update("UPDATE subscribe_dispatch SET recipients = #{recipients} WHERE id = #{id}")
        void recipients(@Param("id") long id, @Param("recipients") int recipients);
    }

    /** Receives the generated id of a new announcement. */
    static final class DispatchRow {
        private Long id;

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }
    }

    @Mapper
    interface MessageMapper extends BaseMapper<SubscribeMessage> {

        /** Takes a due message for sending; false when another instance or thread took it first. */
        @Update("""
                UPDATE subscribe_message SET status = 'SENDING', next_attempt_at = #{lease}, updated_at = #{now}
                WHERE id = #{id} AND status IN ('PENDING', 'SENDING') AND next_attempt_at <= #{now}
                """)
        int claim(@Param("id") long id, @Param("now") LocalDateTime now, @Param("lease") LocalDateTime lease);
    }

    @Mapper
    interface SendLogMapper {

        @Insert("""
                INSERT INTO subscribe_send_log (message_id, attempt, errcode, errmsg, created_at)
                VALUES (#{messageId}, #{attempt}, #{errcode}, #{errmsg}, #{now})
                """)
        void insert(
                @Param("messageId") long messageId,
                @Param("attempt") int attempt,
                @Param("errcode") int errcode,
                @Param("errmsg") String errmsg,
                @Param("now") LocalDateTime now);

        @Select("""
                SELECT attempt, errcode, errmsg, created_at FROM subscribe_send_log
                WHERE message_id = #{messageId} ORDER BY id
                """)
        List<SubscribeViews.SendAttempt> attempts(long messageId);
    }

    /** The announcement outbox; see V60__announcement_outbox.sql. */
    @Mapper
    interface AnnouncementMapper {

        @Insert("""
                INSERT INTO announcement_outbox (content_id, created_at, next_attempt_at)
                VALUES (#{contentId}, #{now}, #{now})
                """)
        void insert(@Param("contentId") long contentId, @Param("now") LocalDateTime now);

        @Select("""
                SELECT id FROM announcement_outbox
                WHERE delivered_at IS NULL AND next_attempt_at <= #{now} AND (lease_until IS NULL OR lease_until < #{now})
                ORDER BY id LIMIT #{limit}
                """)
        List<Long> due(@Param("now") LocalDateTime now, @Param("limit") int limit);

        /** Takes a row nobody holds; false when another instance or thread took it first. */
        @Update("""
                UPDATE announcement_outbox SET claimed_by = #{token}, lease_until = #{until}
                WHERE id = #{id} AND delivered_at IS NULL AND (lease_until IS NULL OR lease_until < #{now})
                """)
        int claim(
                @Param("id") long id,
                @Param("token") String token,
                @Param("until") LocalDateTime until,
                @Param("now") LocalDateTime now);

        @Select("SELECT id, content_id, attempts FROM announcement_outbox WHERE id = #{id}")
        Announcement find(long id);

        @Update("""
                UPDATE announcement_outbox SET delivered_at = #{now}, lease_until = NULL
                WHERE id = #{id} AND claimed_by = #{token}
                """)
        void markDelivered(@Param("id") long id, @Param("token") String token, @Param("now") LocalDateTime now);

        @Update("""
                UPDATE announcement_outbox SET attempts = attempts + 1, next_attempt_at = #{next}, last_error = #{error},
                       claimed_by = NULL, lease_until = NULL
                WHERE id = #{id} AND claimed_by = #{token}
                """)
        void markFailed(
                @Param("id") long id,
                @Param("token") String token,
                @Param("next") LocalDateTime next,
                @Param("error") String error);
    }

    record Announcement(long id, long contentId, int attempts) {}
}
