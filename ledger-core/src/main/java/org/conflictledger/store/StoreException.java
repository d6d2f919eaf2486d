package org.conflictledger.store;

/**
 * The store could not do what was asked: its location cannot be opened (corrupt or foreign database,
 * read-only path, unreachable server) or a write failed and was rolled back. The message is one line fit for
 * a user; nothing stored was lost.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error with its cause. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An error with no underlying cause. */
    public StoreException(String message) {
        super(message);
    }
}
