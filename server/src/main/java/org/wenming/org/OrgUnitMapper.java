package org.wenming.org;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface OrgUnitMapper extends BaseMapper<OrgUnit> {}
