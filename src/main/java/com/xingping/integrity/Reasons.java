package com.xingping.integrity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.xingping.year.AssessmentYear;

/** The reasons a reviewer reads (zh-CN), from what a stored signal keeps and the rows it names as they are now. */
final class Reasons {
    private Reasons() {
    }

    /** How a reason names a record: 市教育局 的记录《植树》（#12）. */
    record Named(Long id, String unitName, String title) {
        @Override
        public String toString() {
            return unitName + " 的记录《" + title + "》（#" + id + "）";
        }
    }

    static String sameFile(String fileName, int otherRecords, Named other) {
        return otherRecords == 1 ? "文件《" + fileName + "》与 " + other + " 中的文件相同"
                : "文件《" + fileName + "》与其他 " + otherRecords + " 条记录中的文件相同，如 " + other;
    }

    static String similarPhoto(String fileName, Named other, String otherFileName, int distance, int nearPhotos) {
        return "照片《" + fileName + "》与 " + other + " 中的照片《" + otherFileName + "》近似（64 位感知哈希相差 " + distance + " 位）"
                + (nearPhotos > 1 ? "；另有 " + (nearPhotos - 1) + " 张近似照片" : "");
    }

    /** Why a photo's capture date is worth a look, if it is: too far from the activity, or outside the year's window. */
    static Optional<String> captureDate(String fileName, LocalDate taken, LocalDate activity, AssessmentYear year, int maxDays) {
        long days = Math.abs(ChronoUnit.DAYS.between(taken, activity));
        List<String> why = new ArrayList<>();
        if (days > maxDays) {
            why.add("与活动日期 " + activity + " 相差 " + days + " 天（超过 " + maxDays + " 天）");
        }
        if (!year.inWindow(taken)) {
            why.add("不在 " + year.year() + " 年度考评期（" + year.windowStart() + " 至 " + year.windowEnd() + "）内");
        }
        return why.isEmpty() ? Optional.empty()
                : Optional.of("照片《" + fileName + "》的拍摄日期（Exif）为 " + taken + "，" + String.join("，", why));
    }

    static String reusedParticipants(String participants, int records, int maxRecords) {
        List<String> names = ReusedParticipants.names(participants);
        String shown = String.join("、", names.subList(0, Math.min(5, names.size()))) + (names.size() > 5 ? " 等" : "");
        return "本单位共有 " + records + " 条记录的参加人员名单相同（" + shown + "，共 " + names.size() + " 人），超过 " + maxRecords + " 条";
    }
}
