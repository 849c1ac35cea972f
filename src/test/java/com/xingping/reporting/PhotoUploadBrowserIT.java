package com.xingping.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.xingping.identity.CurrentUser;
import com.xingping.support.Browser;
import com.xingping.unit.Unit;

/**
 * A phone photo of several megabytes is shrunk in the browser before it is sent, and the stored file
 * still carries the camera's capture time; without JavaScript the same form sends the original.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhotoUploadBrowserIT {
    private static final String TAKEN = "2018:03:05 09:30:00";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    Browser browser;
    CurrentUser reporter;

    @BeforeAll
    void start() {
        Fixtures fixtures = new Fixtures(context);
        fixtures.openYear();
        Unit unit = fixtures.unit("市水利局");
        reporter = fixtures.reporter(unit);
        browser = new Browser(port);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void aLargePhotoIsShrunkBeforeUploadAndKeepsItsCaptureTime() throws IOException {
        byte[] photo = cameraPhoto(3000, 2000);
        assertThat(photo.length).isGreaterThan(2 * 1024 * 1024);
        Page phone = Browser.signIn(browser.phone(), reporter.username(), Fixtures.PASSWORD);
        // remembers how far the page's progress bar got, to read it on the page the upload lands on
        phone.addInitScript("document.addEventListener('DOMContentLoaded', () => {"
                + " const bar = document.querySelector('#record-form .upload-progress .progress');"
                + " if (bar) new MutationObserver(() => sessionStorage.setItem('upload-progress', bar.getAttribute('aria-valuenow')))"
                + "   .observe(bar, {attributes: true}); });");

        fill(phone, "支部党员大会（照片已缩小）");
        phone.locator("#chooser").setInputFiles(new FilePayload("现场.jpg", "image/jpeg", photo));
        assertThat(phone.locator(".chosen-files")).containsText("已缩小为");
        phone.locator("#save-and-submit").click();
        phone.waitForURL(url -> url.matches(".*/records/\\d+$"));
        assertThat(phone.evaluate("() => sessionStorage.getItem('upload-progress')")).isEqualTo("100");

        byte[] stored = phone.request().get(phone.locator("a[href^='/evidence/']").first().getAttribute("href")).body();
        assertThat(stored.length).isLessThan(photo.length);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored));
        // the camera said "turn right" (Orientation 6): the browser drew it upright, long edge 2560
        assertThat(image.getWidth()).isEqualTo(1707);
        assertThat(image.getHeight()).isEqualTo(2560);
        byte[] exif = exifOf(stored);
        assertThat(exif).as("the stored JPEG keeps an Exif block").isNotNull();
        assertThat(new String(exif, StandardCharsets.ISO_8859_1)).contains(TAKEN);
        assertThat(orientation(exif)).isEqualTo(1);
    }

    @Test
    void withoutJavaScriptTheFormSendsTheOriginal() throws IOException {
        byte[] photo = cameraPhoto(600, 400);
        Page phone = Browser.signIn(browser.phoneWithoutScripts(), reporter.username(), Fixtures.PASSWORD);

        fill(phone, "支部党员大会（无脚本）");
        phone.locator("#chooser").setInputFiles(new FilePayload("现场.jpg", "image/jpeg", photo));
        phone.locator("#save-and-submit").click();
        phone.waitForURL(url -> url.matches(".*/records/\\d+$"));

        assertThat(phone.locator("#record-title")).hasText("支部党员大会（无脚本）");
        byte[] stored = phone.request().get(phone.locator("a[href^='/evidence/']").first().getAttribute("href")).body();
        assertThat(stored).isEqualTo(photo);
    }

    private static void fill(Page phone, String title) {
        phone.navigate("/records/new");
        phone.locator("#elementId").selectOption("norms-3a");
        phone.getByLabel("标题").fill(title);
        phone.getByLabel("活动日期").fill("2018-03-05");
    }

    /** A noisy photo as a phone camera writes it: JPEG with an Exif block (Orientation 6, DateTimeOriginal). */
    private static byte[] cameraPhoto(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(8);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | random.nextInt(256));
            }
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam quality = writer.getDefaultWriteParam();
        quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        quality.setCompressionQuality(0.95f);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(jpeg)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), quality);
        }
        writer.dispose();
        byte[] plain = jpeg.toByteArray();

        ByteBuffer tiff = ByteBuffer.allocate(76).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put("II".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
        tiff.putShort((short) 0x8769).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x9003).putShort((short) 2).putInt(20).putInt(56);
        tiff.putInt(0);
        tiff.put((TAKEN + "\0").getBytes(StandardCharsets.US_ASCII));
        byte[] payload = new byte[6 + tiff.position()];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, payload, 0, 6);
        System.arraycopy(tiff.array(), 0, payload, 6, tiff.position());

        ByteArrayOutputStream withExif = new ByteArrayOutputStream();
        withExif.write(plain, 0, 2);
        withExif.write(0xFF);
        withExif.write(0xE1);
        withExif.write((payload.length + 2) >> 8);
        withExif.write((payload.length + 2) & 0xFF);
        withExif.write(payload);
        withExif.write(plain, 2, plain.length - 2);
        return withExif.toByteArray();
    }

    /** The Exif APP1 payload ("Exif\0\0" and its TIFF block) of a JPEG, or null. */
    private static byte[] exifOf(byte[] jpeg) {
        int at = 2;
        while (at + 4 < jpeg.length && (jpeg[at] & 0xFF) == 0xFF && (jpeg[at + 1] & 0xFF) != 0xDA) {
            int length = (jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF;
            if ((jpeg[at + 1] & 0xFF) == 0xE1 && new String(jpeg, at + 4, 4, StandardCharsets.US_ASCII).equals("Exif")) {
                byte[] payload = new byte[length - 2];
                System.arraycopy(jpeg, at + 4, payload, 0, payload.length);
                return payload;
            }
            at += 2 + length;
        }
        return null;
    }

    private static int orientation(byte[] exif) {
        ByteBuffer tiff = ByteBuffer.wrap(exif, 6, exif.length - 6).slice();
        tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd = tiff.getInt(4);
        for (int i = 0; i < tiff.getShort(ifd); i++) {
            int entry = ifd + 2 + i * 12;
            if (tiff.getShort(entry) == 0x0112) {
                return tiff.getShort(entry + 8);
            }
        }
        return -1;
    }
}
