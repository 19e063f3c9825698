package org.wenming.content;

import java.time.Clock;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.springframework.stereotype.Component;
import org.wenming.media.MediaVisibility;

/**
 * A media key is public while an item residents can see references it (audio, poster image, cover,
 * gallery, or an image inside its body). Answers are kept in the public-read cache, which is cleared whenever what is public changes,
 * so players fetching ranges do not query the database for every chunk.
 */
@Component
class ContentMediaVisibility implements MediaVisibility {

    private final VisibleMediaMapper mapper;
    private final PublicReadCache cache;
    private final Clock clock;

    public ContentMediaVisibility(VisibleMediaMapper mapper, PublicReadCache cache, Clock clock) {
        this.mapper = mapper;
        this.cache = cache;
        this.clock = clock;
    }

    @Override
    public boolean isPublic(String key) {
        return cache.get("media:" + key, () -> mapper.countVisibleReferences(key, LocalDateTime.now(clock)) > 0);
    }

    @Mapper
    public interface VisibleMediaMapper {

        @Select("SELECT COUNT(*) FROM content WHERE " + VisibleContentSql.VISIBLE
                + " AND (media_key = #{key} OR image_key = #{key} "
                + "OR cover_key = #{key} OR gallery_keys LIKE CONCAT('%\"', #{key}, '\"%') "
                + "OR body LIKE CONCAT('%/media/', #{key}, '%'))")
        long countVisibleReferences(@Param("key") String key, @Param("now") LocalDateTime now);
    }
}
