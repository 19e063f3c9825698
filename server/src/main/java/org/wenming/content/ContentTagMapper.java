package org.wenming.content;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface ContentTagMapper {

    @Delete("DELETE FROM content_tag WHERE content_id = #{contentId}")
    void deleteByContent(long contentId);

    @Insert("INSERT INTO content_tag (content_id, tag) VALUES (#{contentId}, #{tag})")
    void insert(@Param("contentId") long contentId, @Param("tag") String tag);

    @Select("""
            <script>
            SELECT content_id AS contentId, tag FROM content_tag WHERE content_id IN
            <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
            ORDER BY content_id, tag
            </script>
            """)
    List<ContentTag> findByContentIds(@Param("ids") Collection<Long> ids);

    record ContentTag(Long contentId, String tag) {}
}
