package org.wenming.audit;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/**
 * The audit log. The unit lookups read the org tables directly: the features that own them record audit
 * entries, so this package cannot call back into them.
 */
@Mapper
interface AuditMapper extends BaseMapper<AuditEntry> {

    @Select("SELECT path FROM org_unit WHERE id = #{unitId}")
    String unitPath(long unitId);

    @Select("SELECT o.path FROM admin_user u JOIN org_unit o ON o.id = u.org_unit_id WHERE u.id = #{userId}")
    String userUnitPath(long userId);
}
