package org.wenming.user;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
interface SignInSessionMapper extends BaseMapper<SignInSession> {

    @Update("UPDATE sign_in_session SET last_seen_at = #{at} WHERE id = #{id}")
    int touch(@Param("id") String id, @Param("at") LocalDateTime at);

    /** Ends one session of the user; 0 when the id is not an open session of theirs. */
    @Update("UPDATE sign_in_session SET ended_at = #{at} WHERE id = #{id} AND user_id = #{userId} AND ended_at IS NULL")
    int end(@Param("userId") long userId, @Param("id") String id, @Param("at") LocalDateTime at);

    @Update("UPDATE sign_in_session SET ended_at = #{at} WHERE id = #{id} AND ended_at IS NULL")
    int endById(@Param("id") String id, @Param("at") LocalDateTime at);

    @Update("UPDATE sign_in_session SET ended_at = #{at} WHERE user_id = #{userId} AND ended_at IS NULL")
    int endAll(@Param("userId") long userId, @Param("at") LocalDateTime at);

    @Update("UPDATE sign_in_session SET ended_at = #{at} WHERE user_id = #{userId} AND ended_at IS NULL"
            + " AND id <> #{keptId}")
    int endAllBut(@Param("userId") long userId, @Param("keptId") String keptId, @Param("at") LocalDateTime at);

    /** Forgets the user's sessions that ended or were last seen before {@code staleBefore}. */
    @Delete("DELETE FROM sign_in_session WHERE user_id = #{userId}"
            + " AND (ended_at IS NOT NULL OR last_seen_at < #{staleBefore})")
    int deleteClosed(@Param("userId") long userId, @Param("staleBefore") LocalDateTime staleBefore);
}
