/**
 * Excel files both ways, shared by every import (rosters, units, the committee's 行风评议 and
 * 目标责任制 results): an upload read up to a size limit, a workbook opened only when it is one,
 * columns found by their Chinese headers, cells read as Excel shows them, every bad row collected
 * ({@link com.xingping.sheet.ImportRefused}), and templates with bold headers and choice lists.
 */
package com.xingping.sheet;
