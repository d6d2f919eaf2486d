/**
 * Cross-article resolution and reconciliation: incident mentions from many articles that report one real
 * incident get one global incident id, and an incident's reports become its figures.
 *
 * <p>In: {@link org.conflictledger.model.Extraction}s of a batch, or {@link org.conflictledger.model.Report}s
 * to merge into known ones. Out: the same with global {@code incident_id}s. Entry point:
 * {@link org.conflictledger.resolve.IncidentResolver}; beside it {@link org.conflictledger.resolve.Syndication}
 * (republished wire copies, by MinHash) and {@link org.conflictledger.resolve.Reconciler} (figures per
 * category and group, conflicts, grade, toll history).
 */
package org.conflictledger.resolve;
