package com.xingping;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * The platform: pages under /, the JSON API under /api/v1. Started by {@link Main}. Each package under
 * {@code com.xingping} is a module (ModularityTests checks their dependencies); {@code kernel} and {@code web}
 * are shared by all.
 */
@SpringBootApplication
@Modulithic(systemName = "星评 Xingping", sharedModules = { "kernel", "web" })
public class XingpingApplication {
}
