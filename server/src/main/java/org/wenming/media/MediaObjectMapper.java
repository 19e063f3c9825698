package org.wenming.media;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface MediaObjectMapper extends BaseMapper<MediaObject> {

    @Select("SELECT * FROM media_object WHERE media_key = #{key}")
    MediaObject findByKey(@Param("key") String key);

    @Select("<script>SELECT sha256 FROM media_object WHERE sha256 IN "
            + "<foreach collection='shas' item='s' open='(' separator=',' close=')'>#{s}</foreach></script>")
    List<String> existingShas(@Param("shas") Collection<String> shas);

    @Select("SELECT * FROM media_object WHERE id > #{afterId} ORDER BY id LIMIT #{limit}")
    List<MediaObject> page(@Param("afterId") long afterId, @Param("limit") int limit);

    /** Units that uploaded the key, for the scope check. */
    @Select("SELECT org_unit_id FROM media_upload WHERE media_key = #{key}")
    List<Long> uploaderUnits(@Param("key") String key);

    @Select("SELECT COUNT(*) FROM media_upload WHERE media_key = #{key} AND org_unit_id = #{unitId}")
    int countUpload(@Param("key") String key, @Param("unitId") long unitId);

    @Insert("INSERT INTO media_upload (media_key, org_unit_id, uploaded_by, original_name, created_at) "
            + "VALUES (#{key}, #{unitId}, #{userId}, #{name}, #{at})")
    void insertUpload(
            @Param("key") String key,
            @Param("unitId") long unitId,
            @Param("userId") Long userId,
            @Param("name") String name,
            @Param("at") LocalDateTime at);
}
