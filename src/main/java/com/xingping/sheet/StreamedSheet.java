package com.xingping.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import com.xingping.kernel.Refusal;

/**
 * The first sheet of an .xlsx (a zip that is no OpenDocument file), streamed: the zip is read in place (each part inflated only when read,
 * and only up to {@link CappedParts}' limits), the sheet's XML goes through SAX row by row, and
 * reading stops at the first row beyond the layout's limit. Memory stays that of the shared strings
 * and the rows taken, whatever the sheet's size.
 */
final class StreamedSheet {
    /** What the package's main part is in an .xlsx, .xlsm, .xltx or .xltm (a .docx is a zip too). */
    private static final Set<String> WORKBOOKS = Set.of(XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

    private StreamedSheet() {
    }

    static List<SheetRow> read(byte[] content, SheetReader.Layout layout) {
        SheetRows rows = new SheetRows(layout, SheetFormat.XLSX);
        CappedParts parts = open(content);
        try (parts) {
            OPCPackage workbook = OPCPackage.open(parts);
            try {
                read(workbook, rows);
            } finally {
                workbook.revert();
            }
        } catch (Refusal refusal) {
            throw refusal;
        } catch (Exception e) {
            throw unreadable(parts);
        }
        if (parts.exceeded() != null) {
            throw unreadable(parts);
        }
        return rows.rows();
    }

    private static CappedParts open(byte[] content) {
        try {
            return new CappedParts(new ZipFileZipEntrySource(ZipFile.builder().setByteArray(content).get()));
        } catch (IOException e) {
            throw new Refusal("file", SheetReader.UNREADABLE);
        }
    }

    private static void read(OPCPackage workbook, SheetRows rows) throws Exception {
        PackageRelationship core = workbook.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
        PackagePart main = core == null ? null : workbook.getPart(core);
        if (main == null || !WORKBOOKS.contains(main.getContentType())) {
            throw new Refusal("file", SheetReader.NOT_A_SHEET);
        }
        XSSFReader reader = new XSSFReader(workbook);
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        if (!sheets.hasNext()) {
            throw new Refusal("file", "表格中没有工作表");
        }
        DateStyles styles = new DateStyles();
        List<PackagePart> stylesParts = workbook.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (!stylesParts.isEmpty()) {
            try (InputStream in = stylesParts.get(0).getInputStream()) {
                parse(in, styles);
            }
        }
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
        try (InputStream sheet = sheets.next()) {
            parse(sheet, new SheetXml(strings, styles, rows));
        }
    }

    private static void parse(InputStream xml, ContentHandler handler) throws Exception {
        XMLReader reader = XMLHelper.newXMLReader();
        reader.setContentHandler(handler);
        reader.parse(new InputSource(xml));
    }

    private static Refusal unreadable(CappedParts parts) {
        CappedParts.Exceeded exceeded = parts.exceeded();
        if (exceeded == null) {
            return new Refusal("file", SheetReader.UNREADABLE);
        }
        return exceeded.refusal("该 Excel 文件");
    }
}
