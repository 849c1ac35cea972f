package com.xingping.integrity;

/** The kinds of integrity signal, with the name a reviewer reads. */
public enum SignalKind {
    SAME_FILE("相同文件"),
    SIMILAR_PHOTO("近似照片"),
    CAPTURE_DATE("拍摄日期不符"),
    REUSED_PARTICIPANTS("参加人员名单重复");

    private final String label;

    SignalKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
