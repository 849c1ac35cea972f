package com.xingping.reporting;

import org.springframework.core.io.Resource;

/** An evidence file's record and its bytes on disk, to be sent as a download. */
public record EvidenceFile(Evidence evidence, Resource content) {
}
