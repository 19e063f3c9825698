package org.wenming.festival;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface FestivalMapper extends BaseMapper<Festival> {}
