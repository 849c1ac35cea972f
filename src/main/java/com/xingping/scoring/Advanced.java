package com.xingping.scoring;

/** 先进党组织 standing of a unit that reached 双优 (备注2). */
public enum Advanced {
    /** in the 目标责任制考核 and not the committee's own organisation: takes part in 先进创评. */
    ADVANCED("advanced"),
    /** outside the 目标责任制考核, or the committee's own: "视同先进". */
    DEEMED_ADVANCED("deemedAdvanced");

    private final String code;

    Advanced(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
