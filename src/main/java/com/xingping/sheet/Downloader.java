package com.xingping.sheet;

/** The signed-in account an export is made for, as its watermark names it. */
public interface Downloader {
    String displayName();

    String username();
}
