package com.xingping.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.image.BufferedImage;
import java.nio.ByteOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;


/** Each signal on files made on the spot, through the prints the upload keeps. */
class SignalFindersTest {
    private static final Predicate<Long> ALL = id -> true;
    private static final LocalDate ACTIVITY = LocalDate.of(2026, 3, 5);
    private final List<Filed.Record> records = new ArrayList<>();
    private final List<Filed.File> files = new ArrayList<>();

    private Filed.Record record(long id, long unitId, String unitName, String title, String participants) {
        Filed.Record record = new Filed.Record(id, unitId, unitName, title, ACTIVITY, participants);
        records.add(record);
        return record;
    }

    private void file(long id, Filed.Record record, String name, String contentType, byte[] bytes) {
        PhotoPrint print = PhotoPrint.of(id, 1L, contentType, bytes);
        String sha256 = sha256(bytes);
        files.add(new Filed.File(id, record.id(), name, sha256, print.hash(), print.capturedAt()));
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Filed filed() {
        return new Filed(2026, LocalDate.of(2025, 12, 16), LocalDate.of(2026, 12, 15), records, files);
    }

    @Test
    void theSamePhotoInRecordsOfTwoUnitsIsFlaggedOnBothNamingTheOther() {
        byte[] photo = Photos.jpeg(Photos.scene(1), 0.8f);
        Filed.Record ours = record(1, 10, "市财政局", "主题党日", null);
        Filed.Record theirs = record(2, 20, "市教育局", "植树活动", null);
        file(100, ours, "党日.jpg", "image/jpeg", photo);
        file(200, theirs, "植树.jpg", "image/jpeg", photo);
        file(201, theirs, "签到表.jpg", "image/jpeg", Photos.jpeg(Photos.scene(2), 0.8f));

        List<Signal> found = SameFiles.find(filed(), ALL);

        assertThat(found).extracting(Signal::recordId, Signal::evidenceId, Signal::otherRecordId)
                .containsExactly(tuple(1L, 100L, 2L), tuple(2L, 200L, 1L));
        assertThat(found.get(0).reason()).isEqualTo("文件《党日.jpg》与 市教育局 的记录《植树活动》（#2） 中的文件《植树.jpg》相同");
        assertThat(found.get(0).kindLabel()).isEqualTo("相同文件");
        assertThat(SimilarPhotos.find(filed(), ALL, 10)).as("identical files are the same file, not similar photos").isEmpty();
        assertThat(SameFiles.find(filed(), id -> id == 2)).singleElement().extracting(Signal::unitName).isEqualTo("市教育局");
    }

    @Test
    void aResizedCopyIsFlaggedAndAnUnrelatedPhotoIsNot() {
        BufferedImage scene = Photos.scene(7);
        Filed.Record first = record(1, 10, "市财政局", "主题党日", null);
        Filed.Record copy = record(2, 10, "市财政局", "主题党日（补）", null);
        Filed.Record other = record(3, 20, "市教育局", "植树活动", null);
        file(100, first, "原图.png", "image/png", Photos.png(scene));
        file(200, copy, "缩小.jpg", "image/jpeg", Photos.jpeg(Photos.resized(scene, 320, 240), 0.6f));
        file(300, other, "植树.jpg", "image/jpeg", Photos.jpeg(Photos.scene(8), 0.8f));

        List<Signal> found = SimilarPhotos.find(filed(), ALL, 10);

        assertThat(found).extracting(Signal::recordId).containsExactly(1L, 2L);
        assertThat(found.get(1).kind()).isEqualTo(SignalKind.SIMILAR_PHOTO);
        assertThat(found.get(1).otherRecordId()).isEqualTo(1L);
        assertThat(found.get(1).reason()).startsWith("照片《缩小.jpg》与 市财政局 的记录《主题党日》（#1） 中的照片《原图.png》近似（64 位感知哈希相差 ");
        assertThat(SimilarPhotos.find(filed(), ALL, 0)).as("at distance 0 a re-encoded copy is not near enough").isEmpty();
    }

    @Test
    void aPhotoTakenIn2016ForA2026ActivityIsFlaggedWithTheDaysAndTheWindow() {
        byte[] photo = Photos.jpeg(Photos.scene(9), 0.8f);
        Filed.Record old = record(1, 10, "市财政局", "主题党日", null);
        Filed.Record fresh = record(2, 10, "市财政局", "党课", null);
        file(100, old, "旧照.jpg", "image/jpeg", Photos.withCaptureDate(photo, "2016:05:01 09:30:00", ByteOrder.BIG_ENDIAN));
        file(200, fresh, "新照.jpg", "image/jpeg", Photos.withCaptureDate(photo, "2026:03:01 09:30:00", ByteOrder.LITTLE_ENDIAN));

        List<Signal> found = CaptureDates.find(filed(), ALL, 30);

        assertThat(found).singleElement().satisfies(signal -> {
            assertThat(signal.recordId()).isEqualTo(1L);
            assertThat(signal.reason()).isEqualTo("照片《旧照.jpg》的拍摄日期（Exif）为 2016-05-01，与活动日期 2026-03-05 相差 3595 天"
                    + "（超过 30 天），不在 2026 年度考评期（2025-12-16 至 2026-12-15）内");
        });
        assertThat(CaptureDates.find(filed(), ALL, 3)).extracting(Signal::recordId).containsExactly(1L, 2L);
    }

    @Test
    void oneParticipantsListOnMoreThanNRecordsOfAUnitIsFlaggedOnEach() {
        for (long id = 1; id <= 5; id++) {
            record(id, 10, "市财政局", "支部学习 " + id, id % 2 == 0 ? "张三、李四、王五、赵六" : "王五，张三 李四；赵六");
        }
        record(6, 20, "市教育局", "学习", "张三、李四、王五、赵六");
        for (long id = 7; id <= 12; id++) {
            record(id, 20, "市教育局", "全体会议 " + id, "全体党员");
        }

        assertThat(ReusedParticipants.find(filed(), ALL, 5, 3)).as("five of a unit, another unit's sixth").isEmpty();
        record(13, 10, "市财政局", "支部学习 6", "赵六、王五、李四、张三");
        List<Signal> found = ReusedParticipants.find(filed(), ALL, 5, 3);

        assertThat(found).extracting(Signal::recordId).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 13L);
        assertThat(found).allSatisfy(signal -> {
            assertThat(signal.reason()).isEqualTo("本单位共有 6 条记录的参加人员名单相同（张三、李四、王五、赵六，共 4 人），超过 5 条");
            assertThat(signal.evidenceId()).isNull();
        });
        assertThat(found).filteredOn(signal -> signal.recordId() == 1L).singleElement().extracting(Signal::otherRecordId).isEqualTo(2L);
    }
}
