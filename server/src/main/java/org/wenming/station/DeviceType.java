package org.wenming.station;

enum DeviceType {
    IP_SPEAKER("IP 音柱"),
    ANDROID_PLAYER("安卓播放器"),
    LINUX_PLAYER("Linux 播放器"),
    OTHER("其他");

    private final String label;

    DeviceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
