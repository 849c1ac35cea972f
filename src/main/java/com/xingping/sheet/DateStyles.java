package com.xingping.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which cell styles of an .xlsx show a number as a date, from the styles part's number formats and
 * cell formats ({@code <numFmts>}, {@code <cellXfs>}), read with SAX: the rest of the styles is not
 * needed. Decides as POI's {@code DateUtil.isCellDateFormatted} does for the user model.
 */
final class DateStyles extends DefaultHandler {
    private final Map<Integer, String> formats = new HashMap<>();
    private final List<Integer> cellFormats = new ArrayList<>();
    private boolean inCellFormats;

    boolean isDate(int style, double value) {
        if (style < 0 || style >= cellFormats.size() || !DateUtil.isValidExcelDate(value)) {
            return false;
        }
        int format = cellFormats.get(style);
        return DateUtil.isADateFormat(format, formats.getOrDefault(format, BuiltinFormats.getBuiltinFormat(format)));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (SheetXml.name(localName, qName)) {
            case "numFmt" -> formats.put(id(attributes), attributes.getValue("formatCode"));
            case "cellXfs" -> inCellFormats = true;
            case "xf" -> {
                if (inCellFormats) {
                    cellFormats.add(id(attributes));
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (SheetXml.name(localName, qName).equals("cellXfs")) {
            inCellFormats = false;
        }
    }

    private static int id(Attributes attributes) {
        String id = attributes.getValue("numFmtId");
        return id == null ? 0 : Integer.parseInt(id.strip());
    }
}
