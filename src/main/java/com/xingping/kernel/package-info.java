/** The tiny shared kernel: reading JSON/YAML trees while collecting every problem with its place. */
package com.xingping.kernel;
