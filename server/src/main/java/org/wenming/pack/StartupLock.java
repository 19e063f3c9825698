package org.wenming.pack;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** The row instances lock around their start-up tasks; see V61__startup_lock.sql. */
@Mapper
interface StartupLock {

    /** Waits until no other instance holds the row; held until the calling transaction ends. */
    @Select("SELECT name FROM startup_lock WHERE name = 'startup' FOR UPDATE")
    String acquire();
}
