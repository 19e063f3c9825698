package org.wenming.content;

public enum ContentKind {
    AUDIO("广播音频"),
    POSTER("平语近人"),
    FESTIVAL_ITEM("我们的节日"),
    BRAND_PROJECT("品牌项目");

    private final String label;

    ContentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
