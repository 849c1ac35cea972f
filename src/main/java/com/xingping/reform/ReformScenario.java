package com.xingping.reform;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A saved scenario: its name, the committee's note, the rubric YAML it is scored with, who saved it and when. */
@Table("reform_scenario")
record ReformScenario(@Id Long id, Long yearId, String name, String note, String rubricYaml, String author,
                      Instant createdAt) {
}
