package org.kaifang.report;

import java.util.List;

/**
 * A table of a leaders' report beside the main trend table (year-to-date progress, rank in the
 * province, trade partners, overseas enterprises): its title, header, cells and footnotes.
 * Markdown and HTML print the cells' text, the workbook writes their values: one model, so the
 * formats cannot disagree. {@code sheet} is the workbook's short name for it (Excel allows 31
 * characters).
 */
record ReportSection(String sheet, String title, List<String> header, List<List<ReportCell>> rows, List<String> footnotes) {
}
