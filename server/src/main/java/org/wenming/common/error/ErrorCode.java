package org.wenming.common.error;

import org.springframework.http.HttpStatus;

/**
 * Stable machine-readable codes for every problem the API answers with. Clients switch on {@link #name()};
 * the Chinese message is what editors and residents read.
 */
public enum ErrorCode {
    BAD_REQUEST(HttpStatus.BAD_REQUEST, "请求格式不正确"),
    MALFORMED_JSON(HttpStatus.BAD_REQUEST, "请求体不是有效的 JSON"),
    VALIDATION_FAILED(HttpStatus.BAD_REQUEST, "提交的内容未通过校验"),
    INVALID_PARAMETER(HttpStatus.BAD_REQUEST, "参数取值不正确"),
    MISSING_PARAMETER(HttpStatus.BAD_REQUEST, "缺少必填参数"),
    PAGE_TOO_LARGE(HttpStatus.BAD_REQUEST, "每页条数超出上限"),
    INVALID_CURSOR(HttpStatus.BAD_REQUEST, "分页游标无效"),
    INVALID_SORT(HttpStatus.BAD_REQUEST, "不支持的排序方式"),
    AUTH_REQUIRED(HttpStatus.UNAUTHORIZED, "请先登录"),
    BAD_CREDENTIALS(HttpStatus.UNAUTHORIZED, "用户名或密码错误"),
    ACCOUNT_LOCKED(HttpStatus.LOCKED, "登录失败次数过多，账号已临时锁定，请稍后再试"),
    ACCOUNT_DISABLED(HttpStatus.FORBIDDEN, "账号已停用"),
    CSRF_INVALID(HttpStatus.FORBIDDEN, "安全令牌缺失或已失效，请刷新页面后重试"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "没有权限执行此操作"),
    OUT_OF_SCOPE(HttpStatus.FORBIDDEN, "不能操作其他单位的数据"),
    BANNER_LEVEL_REQUIRED(HttpStatus.FORBIDDEN, "该操作涉及全旗，只有旗级管理员可以执行"),
    SELF_APPROVAL(HttpStatus.FORBIDDEN, "不能审核自己提交的内容"),
    REVIEWER_ALREADY_APPROVED(HttpStatus.FORBIDDEN, "同一内容的各级审核须由不同审核员完成"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "请求的资源不存在"),
    CONTENT_NOT_FOUND(HttpStatus.NOT_FOUND, "内容不存在"),
    ORG_UNIT_NOT_FOUND(HttpStatus.NOT_FOUND, "组织单位不存在"),
    USER_NOT_FOUND(HttpStatus.NOT_FOUND, "用户不存在"),
    SIGN_IN_SESSION_NOT_FOUND(HttpStatus.NOT_FOUND, "该登录设备不存在或已退出"),
    FESTIVAL_NOT_FOUND(HttpStatus.NOT_FOUND, "节日不存在"),
    REVISION_NOT_FOUND(HttpStatus.NOT_FOUND, "历史版本不存在"),
    REQUEST_REJECTED(HttpStatus.BAD_REQUEST, "请求地址或请求头不合法，已拒绝"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "不支持该请求方法"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "无法提供所请求的响应格式"),
    VERSION_CONFLICT(HttpStatus.CONFLICT, "内容已被他人修改，请刷新后再编辑"),
    INVALID_TRANSITION(HttpStatus.CONFLICT, "当前状态不允许该操作"),
    CONTENT_INCOMPLETE(HttpStatus.UNPROCESSABLE_ENTITY, "内容缺少提交审核所需的字段"),
    DUPLICATE(HttpStatus.CONFLICT, "已存在相同的记录"),
    ORG_UNIT_IN_USE(HttpStatus.CONFLICT, "该单位仍有下级单位、用户或内容，不能删除"),
    STATION_KEY_MISSING(HttpStatus.UNAUTHORIZED, "缺少广播站密钥"),
    STATION_KEY_INVALID(HttpStatus.UNAUTHORIZED, "广播站密钥无效"),
    STATION_DISABLED(HttpStatus.FORBIDDEN, "广播站已停用"),
    STATION_NOT_FOUND(HttpStatus.NOT_FOUND, "广播站不存在"),
    SCHEDULE_NOT_FOUND(HttpStatus.NOT_FOUND, "播出计划不存在"),
    URGENT_NOT_FOUND(HttpStatus.NOT_FOUND, "紧急插播不存在"),
    NOT_PLAYABLE(HttpStatus.BAD_REQUEST, "只能安排已发布且有音频文件的广播音频"),
    PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "上传内容超出大小限制"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的请求内容类型"),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "操作过于频繁，请稍后再试"),
    TOKEN_INVALID(HttpStatus.UNAUTHORIZED, "登录状态已失效，请重新登录"),
    RESIDENT_NOT_FOUND(HttpStatus.NOT_FOUND, "用户不存在"),
    WECHAT_CODE_INVALID(HttpStatus.BAD_REQUEST, "微信授权凭证无效或已使用，请重新操作"),
    WECHAT_RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "微信接口调用过于频繁，请稍后再试"),
    WECHAT_BUSY(HttpStatus.SERVICE_UNAVAILABLE, "微信系统繁忙，请稍后再试"),
    WECHAT_ERROR(HttpStatus.BAD_GATEWAY, "微信接口返回错误，请稍后再试"),
    WECHAT_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "暂时无法连接微信服务，请稍后再试"),
    WECHAT_SIGNATURE_INVALID(HttpStatus.FORBIDDEN, "微信消息签名校验失败"),
    CONTENT_RISKY(HttpStatus.UNPROCESSABLE_ENTITY, "内容含有不适宜发布的信息，请修改后再提交"),
    TOPIC_NOT_FOUND(HttpStatus.NOT_FOUND, "订阅栏目不存在"),
    SUBMISSION_NOT_FOUND(HttpStatus.NOT_FOUND, "投稿不存在"),
    PHOTO_CHECK_PENDING(HttpStatus.CONFLICT, "照片的安全检测尚未完成，请稍后再审核"),
    IMAGE_NOT_FOUND(HttpStatus.NOT_FOUND, "图片不存在"),
    MEDIA_EMPTY(HttpStatus.BAD_REQUEST, "上传的文件是空的"),
    MEDIA_TYPE_NOT_ALLOWED(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "文件类型不允许：音频仅支持 MP3、M4A、WAV，图片仅支持 PNG、JPEG、WebP"),
    MEDIA_UNREADABLE(HttpStatus.UNPROCESSABLE_ENTITY, "文件已损坏，或内容与文件类型不符"),
    MEDIA_TRAILING_DATA(HttpStatus.UNPROCESSABLE_ENTITY, "文件结尾后还附带了其他数据，已拒绝"),
    IMAGE_TOO_LARGE_DECODED(HttpStatus.PAYLOAD_TOO_LARGE, "图片解码后占用的内存过大，请缩小尺寸后再上传"),
    MEDIA_BUSY(HttpStatus.SERVICE_UNAVAILABLE, "正在处理的图片较多，请稍后重试"),
    MEDIA_NOT_FOUND(HttpStatus.NOT_FOUND, "媒体文件不存在"),
    MEDIA_REFERENCE_INVALID(HttpStatus.UNPROCESSABLE_ENTITY, "引用的媒体文件不存在、类型不符或不在本单位可用范围内"),
    RANGE_NOT_SATISFIABLE(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE, "请求的范围超出文件大小"),
    MEDIA_STORAGE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "媒体存储暂时不可用，请稍后重试"),
    REINDEX_RUNNING(HttpStatus.CONFLICT, "搜索索引正在重建，请等待当前任务完成"),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "服务暂时不可用，请稍后再试"),
    REDIS_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "登录服务暂时不可用，浏览内容不受影响，请稍后再试"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误，请稍后再试");

    private final HttpStatus status;
    private final String message;

    ErrorCode(HttpStatus status, String message) {
        this.status = status;
        this.message = message;
    }

    public HttpStatus status() {
        return status;
    }

    public String message() {
        return message;
    }
}
