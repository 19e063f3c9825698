package org.wenming.content;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ContentRevisionMapper extends BaseMapper<ContentRevision> {}
