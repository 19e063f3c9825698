package org.wenming.miniapp.submission;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

final class SubmissionMappers {

    private SubmissionMappers() {}

    @Mapper
    interface SubmissionMapper extends BaseMapper<Submission> {}

    record Verdict(String suggest, String label) {}

    @Mapper
    interface VerdictMapper {

        @Insert("""
                INSERT INTO media_check_verdict (trace_id, suggest, label, received_at)
                VALUES (#{traceId}, #{suggest}, #{label}, #{now})
                """)
        void insert(
                @Param("traceId") String traceId,
                @Param("suggest") String suggest,
                @Param("label") String label,
                @Param("now") LocalDateTime now);

        @Select("SELECT suggest, label FROM media_check_verdict WHERE trace_id = #{traceId}")
        Verdict find(String traceId);
    }
}
