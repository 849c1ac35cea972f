package com.xingping.integrity;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.xingping.kernel.Refusal;

/** The kind asked for by its name (SAME_FILE …); nothing asked is every kind. */
final class SignalFilter {
    private SignalFilter() {
    }

    static SignalKind kind(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return Arrays.stream(SignalKind.values()).filter(kind -> kind.name().equals(name.strip())).findFirst()
                .orElseThrow(() -> new Refusal("kind", "没有“" + name.strip() + "”这种提示，可选："
                        + Arrays.stream(SignalKind.values()).map(kind -> kind.name() + "（" + kind.label() + "）")
                        .collect(Collectors.joining("、"))));
    }
}
