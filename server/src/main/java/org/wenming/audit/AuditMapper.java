package org.wenming.audit;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * The audit log. The unit, name and object lookups read the other features' tables directly: those features
 * record audit entries, so this package cannot call back into them.
 */
@Mapper
interface AuditMapper extends BaseMapper<AuditEntry> {

    @Select("SELECT path FROM org_unit WHERE id = #{unitId}")
    String unitPath(long unitId);

    @Select("SELECT o.path FROM admin_user u JOIN org_unit o ON o.id = u.org_unit_id WHERE u.id = #{userId}")
    String userUnitPath(long userId);

    /** Display names of these accounts, as colleagues know them. */
    @Select("""
            <script>
            SELECT id, display_name AS name, NULL AS kind FROM admin_user WHERE id IN
            <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>
            """)
    List<Target> users(@Param("ids") Collection<Long> ids);

    /** Content items not deleted, with title and kind. */
    @Select("""
            <script>
            SELECT id, title AS name, kind FROM content WHERE deleted = 0 AND id IN
            <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>
            """)
    List<Target> contents(@Param("ids") Collection<Long> ids);

    @Select("""
            <script>
            SELECT id, name, NULL AS kind FROM station WHERE id IN
            <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>
            """)
    List<Target> stations(@Param("ids") Collection<Long> ids);

    @Select("""
            <script>
            SELECT id, name, NULL AS kind FROM station_schedule WHERE id IN
            <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>
            """)
    List<Target> schedules(@Param("ids") Collection<Long> ids);

    @Select("""
            <script>
            SELECT id, name, NULL AS kind FROM org_unit WHERE id IN
            <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>
            """)
    List<Target> orgUnits(@Param("ids") Collection<Long> ids);

    @Select("""
            <script>
            SELECT code, name FROM festival WHERE code IN
            <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>
            """)
    List<Festival> festivals(@Param("ids") Collection<String> ids);

    /** An object an entry is about, as it is now. */
    record Target(Long id, String name, String kind) {}

    record Festival(String code, String name) {}
}
