package com.xingping.scoring;

import java.time.LocalDate;

/**
 * A dated commendation (bonus-1) or innovation award (bonus-2) of a project at a level.
 * {@code exchange} marks the "会议交流或刊物发表" form of an innovation award, which is halved.
 */
public record Award(String project, String level, boolean exchange, LocalDate date) {
}
