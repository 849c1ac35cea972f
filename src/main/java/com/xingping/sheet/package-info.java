/**
 * Excel files both ways, shared by every import (rosters, units, the committee's 行风评议 and
 * 目标责任制 results): an upload read up to a size limit, an .xlsx streamed row by row only until the
 * import's row limit (its parts inflated only up to a cap), columns found by their Chinese headers,
 * cells read as Excel shows them, every bad row collected ({@link com.xingping.sheet.ImportRefused}),
 * at most a few imports at once ({@link com.xingping.sheet.ImportGate}), templates with bold
 * headers and choice lists, and the downloader's watermark on every export ({@link com.xingping.sheet.Watermark}).
 */
package com.xingping.sheet;
