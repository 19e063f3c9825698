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
    AUTH_REQUIRED(HttpStatus.UNAUTHORIZED, "请先登录"),
    BAD_CREDENTIALS(HttpStatus.UNAUTHORIZED, "用户名或密码错误"),
    ACCOUNT_LOCKED(HttpStatus.LOCKED, "登录失败次数过多，账号已临时锁定，请稍后再试"),
    ACCOUNT_DISABLED(HttpStatus.FORBIDDEN, "账号已停用"),
    CSRF_INVALID(HttpStatus.FORBIDDEN, "安全令牌缺失或已失效，请刷新页面后重试"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "没有权限执行此操作"),
    OUT_OF_SCOPE(HttpStatus.FORBIDDEN, "不能操作其他单位的数据"),
    SELF_APPROVAL(HttpStatus.FORBIDDEN, "不能审核自己提交的内容"),
    REVIEWER_ALREADY_APPROVED(HttpStatus.FORBIDDEN, "同一内容的各级审核须由不同审核员完成"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "请求的资源不存在"),
    CONTENT_NOT_FOUND(HttpStatus.NOT_FOUND, "内容不存在"),
    ORG_UNIT_NOT_FOUND(HttpStatus.NOT_FOUND, "组织单位不存在"),
    USER_NOT_FOUND(HttpStatus.NOT_FOUND, "用户不存在"),
    FESTIVAL_NOT_FOUND(HttpStatus.NOT_FOUND, "节日不存在"),
    REVISION_NOT_FOUND(HttpStatus.NOT_FOUND, "历史版本不存在"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "不支持该请求方法"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "无法提供所请求的响应格式"),
    VERSION_CONFLICT(HttpStatus.CONFLICT, "内容已被他人修改，请刷新后再编辑"),
    INVALID_TRANSITION(HttpStatus.CONFLICT, "当前状态不允许该操作"),
    CONTENT_INCOMPLETE(HttpStatus.UNPROCESSABLE_ENTITY, "内容缺少提交审核所需的字段"),
    DUPLICATE(HttpStatus.CONFLICT, "已存在相同的记录"),
    ORG_UNIT_IN_USE(HttpStatus.CONFLICT, "该单位仍有下级单位、用户或内容，不能删除"),
    PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "上传内容超出大小限制"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的请求内容类型"),
    REINDEX_RUNNING(HttpStatus.CONFLICT, "搜索索引正在重建，请等待当前任务完成"),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "服务暂时不可用，请稍后再试"),
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
