/** Lines that structure the WTSA action plan, in any file type. */

/** An action-item number such as `44-30`, optionally followed by its former number `(44-25)`. */
export const ITEM_ID_CELL = /^(\d{2}-\d{2})\s*(?:\((\d{2}-\d{2})\))?\s*$/;
/** The short line that opens each Resolution's progress report: `Resolution 44`, `Opinion 1`. */
export const RESOLUTION_START = /^(Resolution|Opinion)\s+(\d{1,3})$/;
/** The heading line before it: `1. Resolution 1 - Rules of procedure …`. */
export const RESOLUTION_HEADING = /^(?:\d+\.\s*)?(Resolution|Opinion)\s+(\d{1,3})\s*[-–—]\s*(.+)$/;
/** A row of the executive-summary table in Section I: `Resolution 44 – Bridging …`. */
export const SUMMARY_TITLE = /^(Resolution|Opinion)\s+(\d{1,3})\s*[-–—]\s*(.+)$/;
export const APPENDIX = /^Appendix\b/;
