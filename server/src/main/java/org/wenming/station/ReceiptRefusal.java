package org.wenming.station;

/** Why one receipt of a batch was not stored; the rest of the batch is stored all the same. */
enum ReceiptRefusal {
    FINISHED_BEFORE_START("结束时间早于开始时间"),
    IN_FUTURE("开始时间晚于服务器当前时间（超出允许的时钟误差）"),
    TOO_OLD("开始时间过早，超出可补传的期限"),
    BEFORE_STATION("开始时间早于广播站建档时间"),
    UNKNOWN_CONTENT("内容不存在"),
    NOT_SCHEDULED("该内容当天不在本站的播出计划中");

    private final String message;

    ReceiptRefusal(String message) {
        this.message = message;
    }

    String message() {
        return message;
    }
}
