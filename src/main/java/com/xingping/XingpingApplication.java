package com.xingping;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The platform: pages under /, the JSON API under /api/v1. Started by {@link Main}. */
@SpringBootApplication
public class XingpingApplication {
}
