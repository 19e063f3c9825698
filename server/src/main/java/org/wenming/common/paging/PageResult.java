package org.wenming.common.paging;

import com.baomidou.mybatisplus.core.metadata.IPage;
import java.util.List;
import java.util.function.Function;

/** A numbered page for admin lists. */
public record PageResult<T>(List<T> items, long total, long page, long size) {

    public static <E, T> PageResult<T> of(IPage<E> page, Function<List<E>, List<T>> mapper) {
        return new PageResult<>(mapper.apply(page.getRecords()), page.getTotal(), page.getCurrent(), page.getSize());
    }
}
