package com.xingping.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.ByteOrder;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import com.xingping.year.AssessmentYear;
import com.xingping.year.YearStatus;

/** What decides a signal and how it reads, on photos made on the spot; the upkeep through the tables is IntegrityContract's. */
class SignalFindersTest {
    private static final AssessmentYear YEAR = new AssessmentYear(1L, 2026, "r", LocalDate.of(2025, 12, 16), LocalDate.of(2026, 12, 15),
            YearStatus.OPEN, null, null, null, 0);
    private static final Reasons.Named EDUCATION = new Reasons.Named(2L, "市教育局", "植树活动");

    @Test
    void aSharedFileNamesOneOtherRecordAndHowManyThereAre() {
        assertThat(Reasons.sameFile("党日.jpg", 1, EDUCATION)).isEqualTo("文件《党日.jpg》与 市教育局 的记录《植树活动》（#2） 中的文件相同");
        assertThat(Reasons.sameFile("党日.jpg", 41, EDUCATION)).isEqualTo("文件《党日.jpg》与其他 41 条记录中的文件相同，如 市教育局 的记录《植树活动》（#2）");
    }

    @Test
    void aDigestKeepsItsTwoLowestHoldersWhateverOrderTheyCome() {
        SignalTables.Digest digest = new SignalTables.Digest(0, null, null).plus(30L).plus(10L).plus(20L).plus(40L);
        assertThat(digest).isEqualTo(new SignalTables.Digest(4, 10L, 20L));
    }

    @Test
    void aResizedCopyIsNearAndAnUnrelatedPhotoIsNot() {
        BufferedImage scene = Photos.scene(7);
        long original = PhotoPrint.of("image/png", Photos.png(scene)).hash();
        long copy = PhotoPrint.of("image/jpeg", Photos.jpeg(Photos.resized(scene, 320, 240), 0.6f)).hash();
        long unrelated = PhotoPrint.of("image/jpeg", Photos.jpeg(Photos.scene(8), 0.8f)).hash();
        YearHashes year = new YearHashes(1);
        year.add(100, original);
        year.add(300, unrelated);

        assertThat(year.near(copy, 10)).containsExactly(100L);
        assertThat(year.near(copy, 0)).as("at distance 0 a re-encoded copy is not near enough").isEmpty();
        year.remove(100);
        assertThat(year.near(copy, 10)).isEmpty();
        assertThat(year.size()).isEqualTo(1);
        assertThat(Reasons.similarPhoto("缩小.jpg", EDUCATION, "原图.png", 2, 3))
                .isEqualTo("照片《缩小.jpg》与 市教育局 的记录《植树活动》（#2） 中的照片《原图.png》近似（64 位感知哈希相差 2 位）；另有 2 张近似照片");
    }

    @Test
    void aPhotoTakenIn2016ForA2026ActivityIsFlaggedWithTheDaysAndTheWindow() {
        byte[] photo = Photos.jpeg(Photos.scene(9), 0.8f);
        LocalDateTime old = PhotoPrint.of("image/jpeg", Photos.withCaptureDate(photo, "2016:05:01 09:30:00", ByteOrder.BIG_ENDIAN)).capturedAt();
        LocalDateTime fresh = PhotoPrint.of("image/jpeg", Photos.withCaptureDate(photo, "2026:03:01 09:30:00", ByteOrder.LITTLE_ENDIAN))
                .capturedAt();
        LocalDate activity = LocalDate.of(2026, 3, 5);

        assertThat(Reasons.captureDate("旧照.jpg", old.toLocalDate(), activity, YEAR, 30)).hasValue("照片《旧照.jpg》的拍摄日期（Exif）为 "
                + "2016-05-01，与活动日期 2026-03-05 相差 3595 天（超过 30 天），不在 2026 年度考评期（2025-12-16 至 2026-12-15）内");
        assertThat(Reasons.captureDate("新照.jpg", fresh.toLocalDate(), activity, YEAR, 30)).isEmpty();
        assertThat(Reasons.captureDate("新照.jpg", fresh.toLocalDate(), activity, YEAR, 3)).isPresent();
        assertThat(PhotoPrint.of("image/png", Photos.png(Photos.scene(9))).capturedAt()).as("a PNG has no Exif date").isNull();
        assertThat(PhotoPrint.of("application/pdf", photo)).isEqualTo(PhotoPrint.NONE);
    }

    @Test
    void participantsListsAreTheSameWhateverTheirOrderAndSeparators() {
        assertThat(ReusedParticipants.key("张三、李四、王五、赵六", 3)).isEqualTo(ReusedParticipants.key("王五，张三 李四；赵六", 3))
                .isNotEqualTo(ReusedParticipants.key("张三、李四、王五", 3)).hasSize(64);
        assertThat(ReusedParticipants.key("全体党员", 3)).as("no list").isNull();
        assertThat(Reasons.reusedParticipants("赵六、王五、李四、张三", 6, 5))
                .isEqualTo("本单位共有 6 条记录的参加人员名单相同（张三、李四、王五、赵六，共 4 人），超过 5 条");
    }
}
