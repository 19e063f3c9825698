package org.wenming.station;

import java.util.Collection;
import java.util.Set;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Which content ids of a receipt batch exist at all (deleted or offline items still count: they were played). */
@Mapper
interface ReceiptContentMapper {

    @Select("""
            <script>
            SELECT id FROM content WHERE id IN
            <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>
            """)
    Set<Long> existing(@Param("ids") Collection<Long> ids);
}
