package org.wenming.user;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Update;

@Mapper
interface AdminUserMapper extends BaseMapper<AdminUser> {

    /** Counts a failed login atomically, so concurrent attempts on two instances cannot undercount. */
    @Update("UPDATE admin_user SET failed_logins = failed_logins + 1 WHERE id = #{id}")
    int incrementFailedLogins(long id);
}
