package org.wenming.media;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The multipart uploads in progress, in the database shared by all instances; see V62__multipart_upload.sql. */
@Mapper
interface MultipartUploadMapper extends MultipartUploads {

    @Override
    default void begun(String uploadId, String objectName, Instant startedAt) {
        insert(uploadId, objectName, LocalDateTime.ofInstant(startedAt, ZoneOffset.UTC));
    }

    @Override
    default List<Upload> startedBefore(Instant cutoff) {
        return selectStartedBefore(LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC));
    }

    @Insert("INSERT INTO multipart_upload (upload_id, object_name, started_at) VALUES (#{uploadId}, #{name}, #{at})")
    void insert(@Param("uploadId") String uploadId, @Param("name") String objectName, @Param("at") LocalDateTime at);

    @Override
    @Delete("DELETE FROM multipart_upload WHERE upload_id = #{uploadId}")
    void ended(@Param("uploadId") String uploadId);

    @Select("SELECT upload_id, object_name FROM multipart_upload WHERE started_at < #{cutoff} ORDER BY started_at")
    List<Upload> selectStartedBefore(@Param("cutoff") LocalDateTime cutoff);
}
