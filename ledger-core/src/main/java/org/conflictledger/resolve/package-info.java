/**
 * Cross-article resolution: incident mentions from many articles that report one real incident get one
 * global incident id.
 *
 * <p>In: {@link org.conflictledger.model.Extraction}s of a batch. Out: the same extractions with global
 * {@code incident_id}s. Entry point: {@link org.conflictledger.resolve.IncidentResolver}.
 */
package org.conflictledger.resolve;
