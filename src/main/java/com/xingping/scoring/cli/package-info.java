/** The offline {@code score} command, run by {@code Main} without starting Spring. */
@NamedInterface("cli")
package com.xingping.scoring.cli;

import org.springframework.modulith.NamedInterface;
