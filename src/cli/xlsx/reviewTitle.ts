/**
 * Title written into every review workbook (docProps/core.xml), for people; recognising our own output
 * goes by the review mark (markReviewPackage), which a submission cannot borrow.
 */
export const REVIEW_TITLE = "perf-tables check report";
