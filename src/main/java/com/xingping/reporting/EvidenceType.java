package com.xingping.reporting;

/** The kinds of evidence file accepted, told apart by their content, never by their name. */
enum EvidenceType {
    JPEG("image/jpeg", "jpg", true),
    PNG("image/png", "png", true),
    HEIC("image/heic", "heic", false),
    PDF("application/pdf", "pdf", false),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", false),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", false),
    DOC("application/msword", "doc", false),
    XLS("application/vnd.ms-excel", "xls", false);

    /** What the refusal of any other file names as allowed. */
    static final String ALLOWED = "JPEG、PNG、HEIC 照片，PDF，Word（doc/docx），Excel（xls/xlsx）";

    private final String contentType;
    private final String extension;
    private final boolean shownInline;

    EvidenceType(String contentType, String extension, boolean shownInline) {
        this.contentType = contentType;
        this.extension = extension;
        this.shownInline = shownInline;
    }

    String contentType() {
        return contentType;
    }

    String extension() {
        return extension;
    }

    /** The type of a stored file, by the content type found at upload. */
    static EvidenceType of(String contentType) {
        return java.util.Arrays.stream(values()).filter(type -> type.contentType.equals(contentType)).findFirst()
                .orElseThrow(() -> new IllegalStateException("not an evidence type: " + contentType));
    }

    boolean shownInline() {
        return shownInline;
    }

    /** Can a browser show it as an image in a page? */
    static boolean isImage(String contentType) {
        return java.util.Arrays.stream(values()).anyMatch(type -> type.shownInline && type.contentType.equals(contentType));
    }
}
