package com.xingping.reports;

import java.util.List;

/**
 * A report as both writers lay it out: the committee's heading (红头) and 文号, a title, blocks in order, the
 * signature lines and the date closing it, and the downloader's watermark on every page.
 *
 * @param documentNumber the 文号; empty when none is set
 */
record Report(String committee, String documentNumber, String title, List<Block> blocks, List<String> signatures,
              String date, String watermark) {

    Report {
        blocks = List.copyOf(blocks);
        signatures = List.copyOf(signatures);
    }

    sealed interface Block permits Heading, Text, Table, Chart {
    }

    record Heading(String text) implements Block {
    }

    record Text(String text) implements Block {
    }

    /**
     * @param widths each column's share of the line
     * @param numeric columns aligned right
     */
    record Table(List<String> headers, List<List<String>> rows, List<Float> widths, List<Boolean> numeric)
            implements Block {
        Table {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
            widths = List.copyOf(widths);
            numeric = List.copyOf(numeric);
        }
    }

    /** A PNG drawn by {@link BarChart}, shown {@code widthCm} wide. */
    record Chart(String caption, byte[] png, int pixelWidth, int pixelHeight, float widthCm) implements Block {
    }
}
