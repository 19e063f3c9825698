package org.wenming.station;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface StationHeartbeatMapper extends BaseMapper<StationHeartbeat> {}
