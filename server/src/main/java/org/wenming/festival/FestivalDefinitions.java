package org.wenming.festival;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.util.List;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/** The stored festival rules, cached because every mini-program home page needs them. */
@Component
class FestivalDefinitions {

    static final String CACHE = "festival-definitions";

    private final FestivalMapper mapper;

    public FestivalDefinitions(FestivalMapper mapper) {
        this.mapper = mapper;
    }

    @Cacheable(CACHE)
    public List<Festival> all() {
        return mapper.selectList(new LambdaQueryWrapper<Festival>()
                .orderByAsc(Festival::getSortOrder)
                .orderByAsc(Festival::getId));
    }
}
