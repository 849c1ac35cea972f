package com.xingping.integrity;

import java.time.LocalDate;

/**
 * A flag on one handed-in record for a reviewer to look at, with its reason in words (zh-CN): about one
 * of its files ({@code evidenceId}, {@code fileName}; null for the participants list) and, where there is
 * one, the other record it resembles ({@code otherRecordId}). Never a verdict.
 */
public record Signal(SignalKind kind, String kindLabel, Long recordId, String recordTitle, LocalDate activityDate, Long unitId,
                     String unitName, Long evidenceId, String fileName, Long otherRecordId, String reason) {
}
