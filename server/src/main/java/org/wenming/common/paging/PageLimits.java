package org.wenming.common.paging;

import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;

/** The one place that decides whether a requested page size is acceptable. */
public final class PageLimits {

    public static final int ADMIN_MAX_PAGE_SIZE = 100;

    private PageLimits() {}

    public static int checkSize(int size, int max) {
        if (size < 1) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "每页条数至少为 1");
        }
        if (size > max) {
            throw new ApiException(ErrorCode.PAGE_TOO_LARGE, "每页条数不能超过 " + max);
        }
        return size;
    }

    public static int checkPage(int page) {
        if (page < 1) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "页码从 1 开始");
        }
        return page;
    }
}
