package com.xingping.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Evidence types come from the bytes, not from the name a file was given. */
class ContentSnifferTest {

    @Test
    void recognisesPhotosAndPdf() throws IOException {
        assertThat(ContentSniffer.detect(TestFiles.png())).contains(EvidenceType.PNG);
        assertThat(ContentSniffer.detect(TestFiles.jpeg())).contains(EvidenceType.JPEG);
        assertThat(ContentSniffer.detect(TestFiles.pdf())).contains(EvidenceType.PDF);
        assertThat(ContentSniffer.detect(TestFiles.heic())).contains(EvidenceType.HEIC);
    }

    @Test
    void recognisesWordAndExcelOfBothGenerations() throws IOException {
        assertThat(ContentSniffer.detect(docx())).contains(EvidenceType.DOCX);
        assertThat(ContentSniffer.detect(xlsx())).contains(EvidenceType.XLSX);
        assertThat(ContentSniffer.detect(xls())).contains(EvidenceType.XLS);
        assertThat(ContentSniffer.detect(ole2With("WordDocument"))).contains(EvidenceType.DOC);
    }

    @Test
    void refusesAnHtmlPageWhateverItIsNamed() {
        assertThat(ContentSniffer.detect(TestFiles.html())).isEmpty();
    }

    @Test
    void refusesOtherZipAndCompoundFiles() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("payload.exe"));
            zip.write(new byte[] {1, 2, 3});
        }
        assertThat(ContentSniffer.detect(out.toByteArray())).isEmpty();
        assertThat(ContentSniffer.detect(ole2With("PowerPoint Document"))).isEmpty();
        assertThat(ContentSniffer.detect(new byte[] {'P', 'K', 3, 4, 0, 0})).isEmpty();
        assertThat(ContentSniffer.detect("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ContentSniffer.detect(new byte[0])).isEmpty();
    }

    @Test
    void readsZipEntryNamesFromTheCentralDirectoryOnly() throws IOException {
        assertThat(ContentSniffer.zipEntryNames(docx())).contains("[Content_Types].xml", "word/document.xml");
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("主题党日签到表");
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("学时").createRow(0).createCell(0).setCellValue("张三");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xls() throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("学时").createRow(0).createCell(0).setCellValue("张三");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] ole2With(String stream) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), stream);
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
