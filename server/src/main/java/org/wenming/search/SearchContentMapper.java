package org.wenming.search;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.wenming.content.Content;
import org.wenming.content.VisibleContentSql;

/**
 * Reads of the content table for indexing. Unlike the content mapper these also see deleted rows, because
 * a deleted item still needs its tombstone written to the index. Reconcile and rebuild take every published
 * item whatever its window, because the index stores the window and filters by it at query time.
 */
@Mapper
interface SearchContentMapper {

    @Select("SELECT version FROM content WHERE id = #{id}")
    Integer versionOf(@Param("id") long id);

    @Select("""
            <script>
            SELECT * FROM content WHERE id IN
            <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>
            """)
    List<Content> findAnyByIds(@Param("ids") Collection<Long> ids);

    @Select("SELECT * FROM content WHERE " + VisibleContentSql.PUBLISHED
            + " AND id > #{after} ORDER BY id LIMIT #{limit}")
    List<Content> publishedAfter(@Param("after") long after, @Param("limit") int limit);

    @Select("SELECT COUNT(*) FROM content WHERE " + VisibleContentSql.PUBLISHED)
    long publishedCount();

    @Select("SELECT id, version FROM content WHERE " + VisibleContentSql.PUBLISHED)
    List<IdVersion> publishedVersions();

    record IdVersion(Long id, Integer version) {}
}
