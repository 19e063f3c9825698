package org.wenming.user;

import java.util.List;
import java.util.Map;

/**
 * Names a browser's device as an editor reads it ("Chrome 浏览器 · Windows") from its User-Agent: the whole
 * header is long, says little to a person and needs not be kept.
 */
final class Devices {

    /** Checked in order: Edge, Opera, 360 and WeChat's browser also say "Chrome", and Chrome also says "Safari". */
    private static final List<Map.Entry<String, String>> BROWSERS = List.of(
            Map.entry("MicroMessenger", "微信内置浏览器"),
            Map.entry("Edg", "Edge 浏览器"),
            Map.entry("OPR/", "Opera 浏览器"),
            Map.entry("360SE", "360 浏览器"),
            Map.entry("QQBrowser", "QQ 浏览器"),
            Map.entry("Firefox/", "Firefox 浏览器"),
            Map.entry("Chrome/", "Chrome 浏览器"),
            Map.entry("Safari/", "Safari 浏览器"));

    /** Android and iOS before Linux and macOS, whose names their agents contain as well. */
    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(
            Map.entry("HarmonyOS", "鸿蒙"),
            Map.entry("Android", "安卓"),
            Map.entry("iPhone", "iPhone"),
            Map.entry("iPad", "iPad"),
            Map.entry("Windows", "Windows"),
            Map.entry("Mac OS X", "macOS"),
            Map.entry("CrOS", "ChromeOS"),
            Map.entry("Linux", "Linux"));

    private Devices() {}

    static String describe(String userAgent) {
        String agent = userAgent == null ? "" : userAgent;
        return first(BROWSERS, agent, "未知浏览器") + " · " + first(SYSTEMS, agent, "未知系统");
    }

    private static String first(List<Map.Entry<String, String>> names, String agent, String unknown) {
        return names.stream()
                .filter(name -> agent.contains(name.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(unknown);
    }
}
