/**
 * The committee's reports as Word (.docx) and PDF: a unit's 考核报告 and the city's summary of an edition
 * (the draft or a published version), under the committee's heading and 文号, dated, with page numbers,
 * signature lines and the downloader's watermark, made from the results pages' own model.
 */
package com.xingping.reports;
