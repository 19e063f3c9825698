package org.wenming.content;

import com.baomidou.mybatisplus.core.toolkit.support.SFunction;
import java.util.Map;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;

/**
 * The orders the admin content list offers, written {@code field,direction} ({@code publishedAt,desc}). Only
 * these columns are sortable: a free column name would reach the SQL and could sort by anything.
 */
record ContentSort(SFunction<Content, ?> column, boolean ascending) {

    static final ContentSort NEWEST_EDIT = new ContentSort(Content::getUpdatedAt, false);

    private static final Map<String, SFunction<Content, ?>> COLUMNS = Map.of(
            "publishedAt", Content::getPublishedAt, "updatedAt", Content::getUpdatedAt, "title", Content::getTitle);

    /** The order of {@code sort}, the newest edit first when it is empty; 400 INVALID_SORT for anything else. */
    static ContentSort parse(String sort) {
        if (sort == null || sort.isBlank()) {
            return NEWEST_EDIT;
        }
        String[] parts = sort.strip().split(",", -1);
        SFunction<Content, ?> column = COLUMNS.get(parts[0].strip());
        String direction = parts.length > 1 ? parts[1].strip() : "asc";
        if (column == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw new ApiException(
                    ErrorCode.INVALID_SORT, "排序方式须为 publishedAt、updatedAt 或 title，可加 ,asc（升序）或 ,desc（降序）：" + sort);
        }
        return new ContentSort(column, direction.equals("asc"));
    }
}
