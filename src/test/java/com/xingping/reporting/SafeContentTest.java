package com.xingping.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.junit.jupiter.api.Test;

import com.xingping.kernel.TooLarge;
import com.xingping.kernel.ZipLimits;

/** Files of an accepted type that are something else as well, and names that pretend. */
class SafeContentTest {

    @Test
    void aPhotoEndsWhereItsPictureEnds() {
        byte[] jpeg = TestFiles.jpeg();
        byte[] png = TestFiles.png();
        assertThat(SafeContent.jpegEnd(jpeg)).isEqualTo(jpeg.length);
        assertThat(SafeContent.pngEnd(png)).isEqualTo(png.length);
        assertThat(SafeContent.image(EvidenceType.JPEG, jpeg)).isEmpty();
        assertThat(SafeContent.image(EvidenceType.PNG, png)).isEmpty();
        assertThat(SafeContent.markupAtStart(jpeg)).isEmpty();
        assertThat(SafeContent.markupAtStart(CraftedFiles.jpegThenPage())).isEmpty();
    }

    @Test
    void aPhotoWithAPageAfterItsEndIsRefused() {
        assertThat(SafeContent.image(EvidenceType.JPEG, CraftedFiles.jpegThenPage())).get().asString()
                .isEqualTo("图片结束后还附有网页代码，可能是伪装的网页");
        assertThat(SafeContent.image(EvidenceType.PNG, CraftedFiles.pngThenPage())).get().asString()
                .contains("图片结束后还附有网页代码");
    }

    @Test
    void aFourChannelJpegAsAScannerWritesItIsAPhoto() throws Exception {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 16, 16, 4, null);
        for (int x = 0; x < 16; x++) {
            raster.setPixel(x, x, new int[] {200, 10, 10, 0});
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(new IIOImage(raster, null, null));
        } finally {
            writer.dispose();
        }
        byte[] cmyk = out.toByteArray();

        assertThat(SafeContent.image(EvidenceType.JPEG, cmyk)).isEmpty();
    }

    @Test
    void aPhotoCutShortIsTakenUnlessItHoldsAPage() {
        byte[] jpeg = CraftedFiles.photo("jpg");
        byte[] cut = java.util.Arrays.copyOf(jpeg, jpeg.length - 2);
        assertThat(SafeContent.jpegEnd(cut)).isEqualTo(-1);
        assertThat(SafeContent.image(EvidenceType.JPEG, cut)).isEmpty();
        byte[] page = CraftedFiles.PAGE.getBytes(StandardCharsets.UTF_8);
        byte[] cutThenPage = java.util.Arrays.copyOf(cut, cut.length + page.length);
        System.arraycopy(page, 0, cutThenPage, cut.length, page.length);
        assertThat(SafeContent.image(EvidenceType.JPEG, cutThenPage)).isPresent();
    }

    @Test
    void aPhotoThatDoesNotDecodeIsRefused() {
        byte[] truncated = java.util.Arrays.copyOf(TestFiles.jpeg(), 40);
        assertThat(SafeContent.image(EvidenceType.JPEG, truncated)).get().asString().isEqualTo("无法作为图片打开（文件已损坏或并非图片）");
    }

    @Test
    void markupInTheFirstKilobyteIsRefused() {
        assertThat(SafeContent.markupAtStart(CraftedFiles.jpegWithPageInComment())).get().asString()
                .isEqualTo("开头含有网页代码，不是真正的照片或文档");
        assertThat(SafeContent.markupAtStart("%PDF-1.4 <svg onload=alert(1)>".getBytes(StandardCharsets.US_ASCII))).isPresent();
        assertThat(SafeContent.markupAtStart(CraftedFiles.pdf())).isEmpty();
    }

    @Test
    void aPdfWithJavaScriptOrALaunchActionIsRefusedEvenInCompressedObjects() {
        assertThat(SafeContent.pdf(CraftedFiles.pdf())).isEmpty();
        assertThat(SafeContent.pdf(TestFiles.pdf())).isEmpty();
        assertThat(new String(CraftedFiles.pdfOpeningWithJavaScript(), StandardCharsets.ISO_8859_1)).doesNotContain("/JavaScript");
        assertThat(SafeContent.pdf(CraftedFiles.pdfOpeningWithJavaScript())).get().asString()
                .isEqualTo("含有 JavaScript 脚本（打开时可能自动运行）");
        assertThat(SafeContent.pdf(CraftedFiles.pdfLaunching())).get().asString().isEqualTo("含有启动外部程序的动作（/Launch）");
    }

    @Test
    void aZipBombIsStoppedAfterInflatingLittle() throws Exception {
        byte[] bomb = CraftedFiles.docxBomb();
        assertThat(bomb.length).isBetween(900_000, 1_200_000);
        assertThat(ContentSniffer.detect(bomb)).contains(EvidenceType.DOCX);
        assertThatThrownBy(() -> ZipLimits.DEFAULT.check(bomb, "files", "文件 a.docx ")).isInstanceOf(TooLarge.class)
                .hasMessage("文件 a.docx 其中 word/document.xml 的压缩比超过 100 倍，不是正常的文件（可能是“压缩炸弹”），未保存任何内容");
        assertThatThrownBy(() -> new ZipLimits(1000, 100L * 1024 * 1024, 2000).check(bomb, "files", "文件 a.docx "))
                .isInstanceOf(TooLarge.class).hasMessageContaining("解压后超过 100 MB");
        assertThatThrownBy(() -> ZipLimits.DEFAULT.check(CraftedFiles.docxOfManyParts(), "files", "文件 b.docx "))
                .isInstanceOf(TooLarge.class).hasMessageContaining("包含超过 1000 个内部文件");
        assertThat(ZipLimits.DEFAULT.check(ContentSnifferTest.docx(), "files", "文件 c.docx ")).isTrue();
        assertThat(ZipLimits.DEFAULT.check(new byte[] {'P', 'K', 3, 4, 0, 0}, "files", "文件 d.docx ")).isFalse();
    }

    @Test
    void namesLoseControlAndReorderingCharactersAndTakeTheExtensionOfTheirContent() {
        assertThat(EvidenceChecks.cleanName("photo\u202Egpj.exe")).isEqualTo("photogpj.exe");
        assertThat(EvidenceChecks.cleanName("a\u2066b\u2069c\u200Fd\u200E.png")).isEqualTo("abcd.png");
        assertThat(EvidenceChecks.cleanName("现场\0照片.jpg")).isEqualTo("现场照片.jpg");
        assertThat(EvidenceChecks.cleanName("..\\..\\etc/passwd")).isEqualTo("passwd");
        assertThat(EvidenceChecks.cleanName("\0\u202E")).isEqualTo("未命名文件");
        assertThat(EvidenceChecks.cleanName("..")).isEqualTo("未命名文件");
        assertThat(EvidenceChecks.cleanName("长".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
        assertThat(EvidenceChecks.servedName("polyglot.html", EvidenceType.JPEG)).isEqualTo("polyglot.jpg");
        assertThat(EvidenceChecks.servedName(EvidenceChecks.cleanName("photo\u202Egpj.exe"), EvidenceType.JPEG)).isEqualTo("photogpj.jpg");
        assertThat(EvidenceChecks.servedName("照片", EvidenceType.PNG)).isEqualTo("照片.png");
    }
}
