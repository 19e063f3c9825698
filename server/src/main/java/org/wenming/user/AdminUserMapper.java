package org.wenming.user;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
interface AdminUserMapper extends BaseMapper<AdminUser> {

    /**
     * Ends every session of the account on every instance: a session remembers the version it was opened at,
     * and {@code ActorRefreshFilter} ends it once the row's version differs.
     */
    @Update("UPDATE admin_user SET session_version = session_version + 1 WHERE id = #{id}")
    int endSessions(long id);

    @Update("UPDATE admin_user SET last_login_at = #{at} WHERE id = #{id}")
    int recordLogin(@Param("id") long id, @Param("at") LocalDateTime at);
}
