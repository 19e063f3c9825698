package org.wenming.user;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
interface LoginCounterMapper extends BaseMapper<LoginCounter> {

    /** Writes the counter only if nobody changed it since it was read at {@code version}; 1 when written. */
    @Update("""
            UPDATE login_guard SET failures = #{failures}, blocked_until = #{blockedUntil},
                last_failure_at = #{lastFailureAt}, succeeded_at = #{succeededAt}, version = version + 1
            WHERE scope_key = #{scopeKey} AND version = #{version}
            """)
    int replaceIfUnchanged(LoginCounter counter);

    /** Counters that no longer block, count or vouch for anything. */
    @Delete("""
            DELETE FROM login_guard
            WHERE (blocked_until IS NULL OR blocked_until < #{now})
              AND (last_failure_at IS NULL OR last_failure_at < #{failuresBefore})
              AND (succeeded_at IS NULL OR succeeded_at < #{trustedBefore})
            """)
    int deleteSpent(
            @Param("now") LocalDateTime now,
            @Param("failuresBefore") LocalDateTime failuresBefore,
            @Param("trustedBefore") LocalDateTime trustedBefore);
}
