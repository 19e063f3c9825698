package org.wenming.audit;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface AuditMapper extends BaseMapper<AuditEntry> {}
