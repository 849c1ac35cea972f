package com.xingping.reporting;

import com.xingping.kernel.Conflict;

/** A transition the record's current state does not allow (approving twice, approving a draft …). */
public class RecordTransitionRefused extends Conflict {
    public RecordTransitionRefused(RecordState from, String action) {
        super("state", "记录当前为“" + from.label() + "”，不能" + action);
    }
}
