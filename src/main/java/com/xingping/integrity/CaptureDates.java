package com.xingping.integrity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A photo whose Exif capture date lies more than {@code capture-days} from its activity's date, or outside the year's window. */
final class CaptureDates {
    private CaptureDates() {
    }

    static List<Signal> find(Filed filed, Predicate<Long> focus, int maxDays) {
        List<Signal> found = new ArrayList<>();
        for (Filed.File photo : filed.files()) {
            if (photo.capturedAt() == null || !focus.test(photo.recordId())) {
                continue;
            }
            Filed.Record record = filed.recordOf(photo);
            LocalDate taken = photo.capturedAt().toLocalDate();
            long days = Math.abs(ChronoUnit.DAYS.between(taken, record.activityDate()));
            List<String> why = new ArrayList<>();
            if (days > maxDays) {
                why.add("与活动日期 " + record.activityDate() + " 相差 " + days + " 天（超过 " + maxDays + " 天）");
            }
            if (!filed.inWindow(taken)) {
                why.add("不在 " + filed.year() + " 年度考评期（" + filed.windowStart() + " 至 " + filed.windowEnd() + "）内");
            }
            if (!why.isEmpty()) {
                found.add(Signal.of(SignalKind.CAPTURE_DATE, record, photo, null,
                        "照片《" + photo.name() + "》的拍摄日期（Exif）为 " + taken + "，" + String.join("，", why)));
            }
        }
        return found;
    }
}
