package org.wenming.station;

enum PlayResult {
    COMPLETED("播放完成"),
    INTERRUPTED("播放中断"),
    FAILED("播放失败"),
    SKIPPED("已跳过");

    private final String label;

    PlayResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
