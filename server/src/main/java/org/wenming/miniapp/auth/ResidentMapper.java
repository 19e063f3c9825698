package org.wenming.miniapp.auth;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ResidentMapper extends BaseMapper<Resident> {}
