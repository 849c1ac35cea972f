/** The tiny shared kernel: reading JSON/YAML trees while collecting every problem with its place; masking personal data. */
package com.xingping.kernel;
