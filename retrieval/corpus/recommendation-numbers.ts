/** How the reports number ITU-T Recommendations, for the index, the question grammar and the answer alike. */

/**
 * ITU-T Recommendations by number: "Y.3172", "X.1056", "P.1301", regional ones with their suffix
 * ("D.606R"), typed in lower case with three digits or more ("d.607r"; "p.12" may be a page).
 */
export const RECOMMENDATION_NUMBER = /\b(?:[A-Z]\.\d{1,4}|[a-z]\.\d{3,4})(?:\.\d{1,2})?(?:[A-Za-z](?![\w-]))?\b/g;
